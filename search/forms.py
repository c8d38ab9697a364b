from django import forms

from search.analysis import SynonymRule as ParsedRule

MAX_RULES = 1000


class SynonymRulesForm(forms.Form):
    """All of the network's synonym rules, one per line, saved together or not at all."""

    rules = forms.CharField(
        label="Synoniemen",
        widget=forms.Textarea(attrs={"rows": 30, "cols": 100, "spellcheck": "false"}),
        required=False,
        help_text=(
            "Eén regel per regel. Woorden met dezelfde betekenis scheidt u met komma's: "
            "'mediator, bemiddelaar'. Wie het eerste zoekt, vindt ook het tweede maar niet andersom: "
            "'alimentatie => kinderalimentatie, partneralimentatie'. Regels met # zijn opmerkingen."
        ),
    )

    def clean_rules(self):
        lines = [line.strip() for line in self.cleaned_data["rules"].splitlines()]
        kept, errors = [], []
        for number, line in enumerate(lines, start=1):
            if not line or line.startswith("#"):
                continue
            if len(line) > 500:
                errors.append(f"Regel {number} is langer dan 500 tekens.")
            elif line.count("=>") > 1 or ParsedRule.parse(line) is None:
                errors.append(f"Regel {number} begrijpen we niet: '{line[:80]}'. Gebruik komma's, en hooguit één =>.")
            elif "=>" not in line and len(ParsedRule.parse(line).matches) < 2:
                errors.append(f"Regel {number} noemt maar één woord: '{line[:80]}'.")
            else:
                kept.append(line)
        if len(kept) > MAX_RULES:
            errors.append(f"Hooguit {MAX_RULES} regels.")
        if errors:
            raise forms.ValidationError(errors)
        return kept
