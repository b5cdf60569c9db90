import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='user',
            name='swe_number',
            field=models.CharField(blank=True, help_text='SW followed by digits, as on the Social Work England register. Leave blank if not a registered social worker', max_length=12, validators=[django.core.validators.RegexValidator('^SW\\d{1,10}$', 'Enter the Social Work England registration number as SW followed by its digits, for example SW123456')], verbose_name='Social Work England registration number'),
        ),
        migrations.AddConstraint(
            model_name='user',
            constraint=models.UniqueConstraint(condition=models.Q(('swe_number', ''), _negated=True), fields=('swe_number',), name='unique_swe_number', violation_error_message='Another member of staff already has this Social Work England number'),
        ),
    ]
