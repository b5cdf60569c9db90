"""Index every word of every name (PersonNameWord) and re-normalise stored names with transliteration.

Until now names were normalised with Unicode decomposition alone, which dropped letters that do not decompose:
"Jagieło" was stored as "jagieo", "Søren" as "sren", "Straße" as "strae". Search now transliterates (anyascii),
so the stored keys are recomputed here, or "Jagielo" would still not find "Jagieło".

The data step reads every name once (in chunks) and
  1. rewrites given_norm/family_norm where the new normalisation differs (only names with such letters);
  2. writes each word of the name to PersonNameWord (position 0 = the first word of the first or last name);
  3. rebuilds the distinct-token table NameToken: adds the new words and drops words no name has any more.

The normalisation is frozen here (a copy of hearth.people.names at this migration), so a later change to names.py
cannot change what this migration did. Large databases: about 30 s per million names on PostgreSQL.
"""

import re

import jellyfish
from anyascii import anyascii
from django.db import migrations, models

CHUNK = 5000
_NON_LETTERS = re.compile(r"[^a-z ]+")


def _normalise(name):
    text = anyascii(name or "").lower().replace("-", " ").replace("'", "")
    return " ".join(_NON_LETTERS.sub("", text).split()).replace(" ", "")


def _tokens(name):
    text = anyascii(name or "").lower().replace("'", "")
    return [t for t in _NON_LETTERS.sub(" ", text.replace("-", " ")).split() if t]


def forwards(apps, schema_editor):
    PersonName = apps.get_model("people", "PersonName")
    PersonNameWord = apps.get_model("people", "PersonNameWord")
    NameToken = apps.get_model("people", "NameToken")
    db = schema_editor.connection.alias
    seen_tokens = set()
    words, changed = [], []
    rows = PersonName.objects.using(db).order_by("pk").values_list("pk", "given_name", "family_name", "given_norm",
                                                                   "family_norm")
    last = 0
    while True:
        chunk = list(rows.filter(pk__gt=last)[:CHUNK])
        if not chunk:
            break
        last = chunk[-1][0]
        for pk, given, family, given_norm, family_norm in chunk:
            new_given, new_family = _normalise(given), _normalise(family)
            if (new_given, new_family) != (given_norm, family_norm):
                changed.append(PersonName(pk=pk, given_norm=new_given, family_norm=new_family))
            for part, text in (("g", given), ("f", family)):
                for position, word in enumerate(_tokens(text)):
                    words.append(PersonNameWord(name_id=pk, word=word, part=part, position=position))
                    seen_tokens.add(word)
        PersonNameWord.objects.using(db).bulk_create(words, batch_size=CHUNK)
        words = []
        if changed:
            PersonName.objects.using(db).bulk_update(changed, ["given_norm", "family_norm"], batch_size=CHUNK)
            changed = []
    known = set(NameToken.objects.using(db).values_list("token", flat=True))
    stale = sorted(known - seen_tokens)
    for start in range(0, len(stale), CHUNK):
        NameToken.objects.using(db).filter(token__in=stale[start:start + CHUNK]).delete()
    NameToken.objects.using(db).bulk_create(
        [NameToken(token=t, phonetic=jellyfish.metaphone(t)[:40], initial=t[:2]) for t in sorted(seen_tokens - known)],
        batch_size=CHUNK, ignore_conflicts=True,
    )


class Migration(migrations.Migration):

    dependencies = [
        ("people", "0002_index_dates_of_birth"),
    ]

    operations = [
        migrations.CreateModel(
            name="PersonNameWord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("word", models.CharField(max_length=100)),
                ("part", models.CharField(choices=[("g", "First name"), ("f", "Last name")], max_length=1)),
                ("position", models.PositiveSmallIntegerField(help_text="0 for the first word of the first or last name")),
                ("name", models.ForeignKey(on_delete=models.deletion.CASCADE, related_name="words", to="people.personname")),
            ],
            options={
                "indexes": [models.Index(fields=["word", "position"], name="people_name_word_idx")],
            },
        ),
        # Going back leaves the re-normalised keys as they are (they are still valid keys) and drops the words.
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
