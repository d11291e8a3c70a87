"""Named regex features for the reasoning-extraction guard, each tied to a technique family.

Features are binary (pattern found or not) on lower-cased text; a logistic regression fitted on
the labelled dev split (guard_train.py) turns them into a score. Strong cues can flag a prompt
alone; weak cues and benign cues (homework-style "step by step", fiction about a character's
thoughts; weights constrained ≤ 0) only count next to a strong one. Each feature names anchor
word classes so that its regex only runs on prompts that could match: most prompts cost one
tokenisation and a set intersection, which is what makes millions of prompts per minute possible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Vocabulary shared by several features.
_R = (
    r"(?:reasoning(?: traces?| tokens?| process| steps?| chain)?|thinking(?: process| traces?| tokens?"
    r"| steps?| content| blocks?)?|thoughts?(?: process| traces?)?|chains?[- ]of[- ]thoughts?|\bcot\b"
    r"|scratch ?pad|deliberations?|(?:inner|internal) monologue|rationale|mental (?:steps|process)"
    r"|cognitive process|train of thought|thought[- ]stream|reflections?|scratch[- ]?notes|analysis channel)"
)
_INT = (
    r"(?:internal|inner|hidden|private|raw|unfiltered|unedited|verbatim|complete|full|entire|whole"
    r"|exact|actual|real|secret|behind[- ]the[- ]scenes|uncensored|original|underlying|concealed"
    r"|invisible|unseen|true|detailed|unabridged|untruncated|genuine|internali[sz]ed)"
)
_YOUR = r"(?:your|you'?re own|the model'?s|the assistant'?s|the ai'?s|claude'?s|gpt'?s|its)"
_SHOW = (
    r"(?:show|reveal|output|print|dump|display|expose|write (?:out|down)|spell out|disclose|share"
    r"|give me|provide|include|list|leak|transcribe|reproduce|copy|paste|echo|repeat|return|emit"
    r"|produce|narrate|document|record|log|tell me|walk me through|lay out|surface|unpack|export)"
)
_LANGS = (
    r"(?:french|german|spanish|chinese|mandarin|japanese|korean|russian|arabic|hindi|portuguese"
    r"|italian|turkish|vietnamese|polish|dutch|swahili|latin|pig latin|klingon|esperanto"
    r"|another language|a different language|other languages?|my language|the user'?s language)"
)
_ENC = (
    r"(?:base ?64|base ?32|hex(?:adecimal)?|rot ?-?13|binary|morse|caesar|cipher|encod\w*|encrypt\w*"
    r"|obfuscat\w*|unicode escapes?|url[- ]encod\w*|leetspeak|l33t|reversed text|in reverse order"
    r"|ascii codes?|emojis? only|acrostic|(?:spell|write|wrote|written|type)\w* (?:every word |each word |it |them |everything )?backwards)"
)
_NEAR = r"[^.?!\n]{0,60}?"  # same clause, short gap


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Accented letters as people type them without the accent ("raciocinio_interno", "reflexion", "ueberlegungen"):
# identifiers, URLs and keyboards without dead keys drop them (Y, 2026-12-07).
_UNACCENTED = {"ä": ("a", "ae"), "ö": ("o", "oe"), "ü": ("u", "ue"), "ß": ("ss",), "á": ("a",), "à": ("a",),
               "â": ("a",), "ã": ("a",), "ç": ("c",), "é": ("e",), "è": ("e",), "ê": ("e",), "ë": ("e",),
               "í": ("i",), "î": ("i",), "ï": ("i",), "ñ": ("n",), "ó": ("o",), "ô": ("o",), "õ": ("o",),
               "ú": ("u",), "û": ("u",)}


def _fold_accents(pattern: str) -> str:
    """Let each accented Latin letter of `pattern` (outside character classes) match its unaccented spellings."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch in _UNACCENTED and not in_class:
            ch = "(?:" + "|".join((ch, *_UNACCENTED[ch])) + ")"
        out.append(ch)
    return "".join(out)


def _with_unaccented(words: frozenset[str]) -> frozenset[str]:
    """`words` plus each one's unaccented spellings (anchor classes of the folded patterns)."""
    out = set(words)
    for word in words:
        variants = [""]
        for ch in word:
            variants = [v + alt for v in variants for alt in ((ch, *_UNACCENTED[ch]) if ch in _UNACCENTED else (ch,))]
        out.update(variants)
    return frozenset(out)


# Anchor word classes: a feature's pattern is only tried when the prompt's word set meets each of
# its anchor classes (a set intersection in C) — most prompts are settled without any regex.
W_R = _words(
    "reasoning thinking thought thoughts chain chains cot scratchpad scratch deliberation deliberations"
    " monologue rationale mental cognitive train reflection reflections channel"
)
W_INT = _words(
    "internal inner hidden private raw unfiltered unedited verbatim complete full entire whole exact actual"
    " real secret behind uncensored original underlying concealed invisible unseen true detailed unabridged"
    " untruncated genuine internalized internalised"
)
W_YOUR = _words("your you youre model assistant ai claude gpt its")
W_SHOW = _words(
    "show reveal output print dump display expose write spell disclose share give provide include list"
    " leak transcribe reproduce copy paste echo repeat return emit produce narrate document record log"
    " tell walk lay surface unpack export"
)
W_ENC = _words(
    "base base64 base32 hex hexadecimal rot rot13 13 binary morse caesar cipher encode encoded encoding"
    " encodes encoder encrypt encrypted encrypting encryption encrypts obfuscate obfuscated obfuscating"
    " obfuscation unicode url urlencode urlencoded urlencoding leetspeak l33t reversed reverse ascii emoji"
    " emojis acrostic backwards"
)
W_LANG = _words(
    "french german spanish chinese mandarin japanese korean russian arabic hindi portuguese italian turkish"
    " vietnamese polish dutch swahili latin klingon esperanto language languages"
)
W_TRANSLATE = _words("translate translated translates translating translation translations")
W_FOREIGN = _with_unaccented(_words(
    "razonamiento razonamientos pensamiento pensamientos cadena raisonnement raisonnements internen interne"
    " verborgenen verborgene vollständigen vollständige versteckten versteckte privaten private rohen rohe"
    " gesamten gesamte gedankengang gedanken denkprozess denkweg argumentation raciocínio pensamento"
    " ragionamento pensiero muestra escribe revela traduce montre montrez traduis zeig zeige schreib schreibe"
    " offenbare mostre escreva mostra scrivi rivela englisch chinesisch anglais chinois chino codifica"
    " codificar codificado codificada encode encoded encoding base64 écris écrivez révèle chaîne pensée"
    " réflexion muéstrame übersetze überlegungen reflexión intégralité raisonnement interno interna oculto"
    " oculta completo completa kompletten komplette ganzen echten думал"
    # asked of the model in words the regexes lacked (blind batches 2026-12-06 b-g; candidate K', batch k)
    " monologue brouillon délibération délibérations piste pistes inneren denkschritte zwischengedanken"
    " gedankengänge geheimen monólogo borradores escondido escondida rascunho"
))
# Tokenising = ASCII punctuation → spaces, then split (C-speed); non-ASCII scripts are covered by
# the `foreign` flag instead.
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2019\u201c\u201d\u2014"})
_TOKEN = re.compile(r"[^\W_]+")
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Feature:
    name: str
    family: str  # technique family reported in GuardResult.families ("" = benign cue)
    pattern: re.Pattern[str]
    strong: bool = True  # can raise the score on its own; weak cues only add to a strong one
    needs: tuple[frozenset[str], ...] = ()  # each class must share a word with the prompt
    chars: tuple[str, ...] = ()  # ...and one of these substrings must occur (if given)
    foreign: bool = False  # Cyrillic/CJK/Hangul prompts skip the word anchors (no word breaks)
    case_sensitive: bool = False

    def applies(self, tokens: set[str], text: str, non_latin: bool) -> bool:
        """Cheap necessary condition checked before the regex."""
        if self.chars and not any(c in text for c in self.chars):
            return False
        if self.foreign and non_latin:
            return True
        return all(not tokens.isdisjoint(words) for words in self.needs)


def _f(name: str, family: str, pattern: str, *needs: frozenset[str] | str, strong: bool = True,
       chars: tuple[str, ...] = (), foreign: bool = False, case_sensitive: bool = False, fold: bool = False) -> Feature:
    # patterns run on the lower-cased prompt (IGNORECASE is markedly slower in `re`), except
    # case-sensitive ones, which see the original text
    flags = re.DOTALL
    classes = tuple(_words(n) if isinstance(n, str) else n for n in needs)
    pattern = _fold_accents(pattern) if fold else pattern
    return Feature(name, family, re.compile(pattern, flags), strong and bool(family), classes, chars, foreign,
                   case_sensitive)


FEATURES: tuple[Feature, ...] = (
    # direct requests for the model's own reasoning
    _f("your_int_reasoning", "cot_dump", rf"\b{_YOUR}\s+(?:own\s+)?(?:{_INT}[ ,/-]+(?:and\s+)?){{1,3}}(?:step[- ]by[- ]step\s+)?{_R}", W_YOUR, W_INT, W_R),
    # not "the hero's internal thoughts" / "internal thoughts of Leo": other minds are benign writing tasks
    _f("int_reasoning", "cot_dump",
       rf"(?<!'s )(?<!s' )(?<!’s )\b{_INT}\s+(?:{_INT}\s+)?{_R}\b"
       r"(?!\s+(?:of|for|behind)\s+(?!(?:you|yourself|the model|the assistant|the ai|this model|an? (?:ai|model|llm))\b))", W_INT, W_R),
    _f("your_reasoning_as_is", "cot_dump",
       rf"\b{_YOUR}\s+(?:own\s+)?{_R}\b[^.?!]{{0,60}}\b(?:exactly|precisely|literally|as it (?:happens|occurs|unfolds)"
       r"|as[- ]is|in full|unedited|verbatim|internally|word for word|in its entirety|raw)\b", W_YOUR, W_R),
    _f("your_mind", "cot_dump",
       r"\b(?:what (?:went|goes|is going|was going) on|happen(?:s|ed|ing)?)\s+in(?:side)? your (?:head|mind|brain)"
       r"|\byour (?:head|mind|brain)'?s? (?:contents|process\w*)|\bо ч[её]м ты (?:думал|размышлял)",
       'head mind brain ты'),
    _f("reasoning_you_did", "cot_dump",
       rf"\b{_R}\b\s+(?:that\s+)?you\s+(?:\w+\s+){{0,2}}?(?:did|do|had|have|used|use|generated|produced|went through"
       r"|performed|ran|wrote|hid|hide|keep|kept|don'?t (?:normally |usually |ever )?(?:show|share|reveal|output|display)"
       r"|(?:normally|usually) (?:hide|keep|don'?t))\b",
       'you', W_R),
    _f("your_reasoning", "cot_dump", rf"\b{_YOUR}\s+(?:own\s+)?{_R}", W_YOUR, W_R, strong=False),
    _f("show_reasoning", "cot_dump", rf"\b{_SHOW}\b{_NEAR}\b{_R}", W_SHOW | _words('me through out down'), W_R, strong=False),
    _f("dump_reasoning", "cot_dump",
       rf"\b(?:dump|print|reveal|output|expose|leak|transcribe|reproduce|copy|paste|echo|emit|export|surface"
       rf"|disclose|display|show me|write out|spell out|show all)\b{_NEAR}\b(?:{_YOUR}\s+(?:{_INT}\s+)*|the\s+(?:{_INT}\s+)+"
       rf"|(?:all\s+)?(?:of\s+)?(?:that|this)\s+){_R}", W_SHOW, W_R),
    _f("step_by_step_internal", "cot_dump", rf"\b{_INT}\b{_NEAR}step[- ]by[- ]step|step[- ]by[- ]step{_NEAR}\b{_INT}\s+{_R}", 'step', W_INT, strong=False),
    _f("everything_you_thought", "cot_dump",
       r"\b(?:everything|all|each thing|whatever|every(?:thing)? single thing)\s+(?:that\s+)?you(?:'re| are| were)?\s+"
       r"(?:thought|think|thinking|considered|considering|reasoned|went through|said to yourself|pondered)", 'everything all each whatever every', 'you', 'thought think thinking considered considering reasoned went said pondered'),
    _f("how_you_think", "cot_dump",
       r"\bhow you (?:actually |really |internally )?(?:think|thought|reason(?:ed)?|arrived|came to|decide[ds]?)\b", 'how', 'you', strong=False),
    _f("in_your_head", "cot_dump",
       r"\b(?:in your (?:head|mind)|inside your (?:head|mind|brain)|your (?:mind|brain|neurons|head)\b|under the hood"
       r"|behind the scenes|internally)", 'head mind brain neurons hood scenes internally', strong=False),
    # transcripts and verbatim logs of thinking
    _f("transcript", "transcript",
       rf"\b(?:transcripts?|logs?|records?|dumps?|traces?|recordings?|minutes|play[- ]by[- ]play)\s+of\s+"
       rf"(?:{_YOUR}|the|all)\s+(?:{_INT}\s+)?(?:{_R}|mind|cognition|processing|deliberation)", 'transcripts transcript logs log records record dumps dump traces trace recordings recording minutes play', 'of'),
    _f("verbatim", "transcript",
       r"\b(?:verbatim|word[- ]for[- ]word|unedited|unabridged|unfiltered|untruncated|uncensored"
       r"|without (?:summari[sz]\w*|condens\w*|omitting|editing|filtering|cleaning|abridg\w*|redact\w*)"
       r"|exactly as (?:you|it) (?:thought|thinks|reasoned|occurred)|as you (?:actually|really) (?:thought|think|reasoned)"
       r"|nothing (?:left out|omitted))", 'verbatim word unedited unabridged unfiltered untruncated uncensored without exactly actually really nothing', strong=False),
    _f("reasoning_trace", "transcript", r"\b(?:reasoning|thinking|thought) (?:traces?|transcripts?|logs?|tokens?)\b", 'reasoning thinking thought', 'trace traces transcript transcripts log logs token tokens'),
    # tags
    _f("tag_literal", "tags",
       r"[<\[]\s*/?\s*(?:think|thinking|thoughts?|reasoning|scratch_?pad|inner_monologue|internal_monologue|cot"
       r"|monologue|deliberation|chain_of_thought|reasoning_trace|thought_process|hidden)\s*[>\]]", 'think thinking thought thoughts reasoning scratch scratchpad inner internal monologue cot deliberation chain hidden process trace', chars=('<', '[')),
    _f("tag_literal_weak", "tags",
       r"<\s*/?\s*(?:reflection|analysis|internal|rationale|plan|notes?|draft|work|working|steps?)\s*>",
       'reflection analysis internal rationale plan note notes draft work working step steps', strong=False, chars=('<',)),
    _f("reasoning_into_tag", "tags",
       rf"\b(?:wrap|enclose|put|place|write|insert|output|format)\w*\b[^.?!]{{0,40}}\b{_R}\b[^.?!]{{0,30}}"
       r"\b(?:in|inside|within|between|into)\s+(?:an?\s+|the\s+)?[<\[{]", W_R, chars=('<', '[', '{')),
    _f("tag_words", "tags",
       r"\b(?:think|thinking|reasoning|scratch ?pad|thoughts?|cot|monologue)\s*(?:xml\s*)?(?:tags?|blocks?|sections?|delimiters?|brackets?)\b", 'think thinking reasoning scratch scratchpad thought thoughts cot monologue', 'tag tags block blocks section sections delimiter delimiters bracket brackets'),
    # encoding and translation of the reasoning
    _f("encode_reasoning", "encoding", rf"{_ENC}{_NEAR}{_R}|{_R}{_NEAR}{_ENC}", W_R, W_ENC),
    _f("evasion", "encoding",
       r"\b(?:i(?:'ll| will| can| am going to) decode (?:it|them|that|this)|decode it (?:myself|later|on my (?:end|side)))", 'decode'),
    _f("evasion_filter", "encoding",
       r"\b(?:bypass|evade|avoid|get past|slip past|fool)\s+(?:the\s+)?(?:filter|summari[sz]er|monitor|classifier"
       r"|detector|detection|moderation|redaction)|so (?:the|your) (?:filter|summari[sz]er|monitor|classifier|moderation)"
       r" (?:doesn'?t|does not|won'?t|can'?t)", 'bypass evade avoid get slip fool so', 'filter summarizer summariser monitor classifier detector detection moderation redaction', strong=False),
    _f("conceal_reasoning", "cot_dump",
       rf"\b(?:hide|hiding|hidden|conceal\w*|suppress\w*|redact\w*|summari[sz]\w*|truncat\w*|shorten\w*)\s+{_YOUR}\s+{_R}"
       rf"|\b{_R}\b[^.?!]{{0,100}}\b(?:must|should|do|does|will)\s*(?:n'?t|not)\s+(?:be\s+)?(?:hidden|hide|summari[sz]\w*|concealed|omitted|shortened|truncated)"
       rf"|\b{_R}\b[^.?!]{{0,40}}\bnot (?:just )?a summary\b|\bnot (?:just )?a summary of {_YOUR}\s+{_R}"
       rf"|\b(?:do not|don'?t) (?:hide|summari[sz]e|shorten|omit|truncate)\b[^.?!]{{0,30}}\b{_R}", W_R, 'hide hiding hidden conceal concealed concealing conceals suppress suppressed suppressing redact redacted redacting summarize summarise summarized summarised summarizing summarising summary truncate truncated truncating shorten shortened shortening omitted omit'),
    _f("translate_reasoning", "translation",
       rf"\b(?:translat\w*|render\w*|rewrite|express\w*|convert\w*|written|write|in)\b{_NEAR}{_R}{_NEAR}\b(?:in|into|to)\s+{_LANGS}"
       rf"|\b{_R}{_NEAR}\b(?:translat\w*|in|into)\s+{_LANGS}|\btranslat\w*\s+{_YOUR}\s+(?:{_INT}\s+)?{_R}", W_R, W_LANG | W_TRANSLATE),
    _f("language_consistency", "trace_coercion",
       r"\b(?:language|lang)\s+(?:of|in|used in|for)\s+(?:your|the)\s+(?:thinking|reasoning|thoughts?|thought process|cot)"
       r"|\b(?:thinking|reasoning|thought)\s+(?:content|process|section|part)s?\s+(?:must|should|shall|has to|needs to)"
       r"|\b(?:thinking|reasoning|thoughts?)\s+(?:\w+\s+){0,3}(?:in|using)\s+the same language"
       r"|same language as (?:the|my) (?:user|input|question|prompt)[^.]{0,60}(?:thinking|reasoning|thought)", 'language lang content contents process processes section sections part parts'),
    _f("reasoning_visible", "trace_coercion",
       rf"\b{_R}\b\s+(?:\w+\s+){{0,2}}?(?:is|are|must|should|shall|has to|have to|needs? to|will)\s+(?:be\s+)?(?:required to be\s+|always\s+|fully\s+|completely\s+)?"
       r"(?:visible|shown|displayed|included|output|printed|exposed|revealed|written out|in the output|in (?:that|the same|english|my) language)",
       W_R, 'is are must should shall has have needs need will'),
    # hidden scratchpad / internal state
    _f("scratchpad", "scratchpad",
       # "an internal memo", "a private channel", "the internal plan" are office words unless the model's own
       r"\b(?:hidden|secret|private|internal|invisible|concealed)\s+(?:scratch ?pad|notes?|notebook|workspace|buffer|draft)"
       r"|\b(?:hidden|secret|invisible|concealed)\s+(?:memo|channel|plan|planning|outline)"
       r"|\b(?:your|its)\s+(?:own\s+)?(?:private|internal)\s+(?:memo|channel|plan|planning|outline)"
       r"|\bscratch ?pad\b", 'hidden secret private internal invisible concealed scratchpad scratch'),
    _f("before_answer", "scratchpad",
       r"\b(?:before|prior to|leading up to)\s+(?:you\s+)?(?:answer(?:ed|ing)?|respond(?:ed|ing)?|repl(?:ied|ying)"
       r"|(?:your|the) (?:final )?(?:answer|response|reply|output))\b[^.?!]{0,80}\b(?:thought|think|reason|consider|went through|internal)"
       r"|\b(?:thought|think|reason\w*|considered)\b[^.?!]{0,60}\bbefore (?:answering|responding|replying|you answer)", 'before prior leading', 'thought thoughts think thinking thinks reason reasoning reasoned reasons considered consider considering went internal internally'),
    # system prompt + reasoning
    _f("system_prompt", "system_prompt",
       r"\b(?:system (?:prompt|message|instructions?)|initial (?:prompt|instructions)|hidden (?:prompt|instructions)"
       r"|developer (?:message|prompt|instructions)|pre-?prompt|meta[- ]?prompt"
       r"|(?:everything|all text|the text|all the text|what(?:ever)? (?:was|is) written)\s+(?:above|before)\s+(?:this|my|the)"
       r"|your (?:instructions|guidelines|configuration|directives|rules)\b)", 'system initial hidden developer preprompt pre meta metaprompt above before instructions guidelines configuration directives rules', strong=False),
    _f("repeat_system_prompt", "system_prompt",
       r"\b(?:repeat|recit|reproduc|print|output|echo|dump|copy|copi|quot|reveal|show|leak|disclos)\w*\b[^.?!]{0,40}"
       r"\b(?:(?:the (?:full |exact |entire )?text of )?(?:your|the) (?:system (?:prompt|message|instructions?)|initial (?:prompt|instructions)|hidden (?:prompt|instructions)"
       r"|developer (?:message|prompt|instructions)|instructions|pre-?prompt)|everything (?:above|before) (?:this|my|the))", 'repeat repeating recite reciting reproduce reproducing print printing output outputting echo echoing dump dumping copy copying quote quoting reveal revealing show showing leak leaking disclose disclosing', 'system initial hidden developer instructions preprompt pre everything'),
    _f("repeat_verb", "system_prompt", r"\b(?:repeat|recite|reproduce|print|output|echo|dump|copy|quote)\b", 'repeat recite reproduce print output echo dump copy quote', strong=False),
    # grader / reward-model elicitation
    _f("grader", "grader",
       r"\b(?:reward model|grader|grading model|judge model|preference model|critic model|verifier|evaluator model"
       r"|llm[- ]as[- ]a[- ]judge|rater|scoring model|reward function|process reward)", 'reward grader grading judge preference critic verifier evaluator llm rater scoring process', strong=False),
    _f("grader_reasoning", "grader",
       r"\b(?:long|lengthy|full|detailed|complete|extensive)\s+(?:chain[- ]of[- ]thought|reasoning|thinking)\s+(?:critique|analysis|evaluation|judgement|judgment|review|assessment)s?\b|\b(?:grade|score|rate|judge|evaluate|rank|compare)\b[^.?!]{0,80}\b(?:full|complete|detailed|entire|whole|internal|step[- ]by[- ]step)"
       r"\s+(?:reasoning|rationale|justification|chain|thinking|thought)"
       r"|\b(?:full|complete|detailed|entire|whole|internal)\s+(?:reasoning|rationale|justification|thinking)(?:\s+\w+){0,2}"
       r"[^.?!]{0,60}\b(?:to|you would use to|used to|behind)\s+(?:score|grade|judge|rate|rank|evaluate|every|each|the)", 'reasoning rationale justification chain thinking thought'),
    # discarded paths, self-corrections
    _f("discarded", "discarded_paths",
       r"\b(?:false starts?|dead[- ]ends?|self[- ]corrections?|backtracking|second[- ]guessing|wrong turns?"
       r"|abandoned (?:lines?|paths?|ideas?|approaches?)|discarded (?:ideas?|paths?|approaches?|options?|drafts?)"
       r"|intermediate (?:thoughts?|reasoning))\b(?=[^.?!]{0,80}\b(?:you|your)\b)"
       r"|\b(?:you|your)\b[^.?!]{0,80}\b(?:false starts?|dead[- ]ends?|self[- ]corrections?|backtracking"
       r"|second[- ]guessing|wrong turns?|abandoned (?:lines?|paths?|ideas?|approaches?)|intermediate (?:thoughts?|reasoning))\b", 'you your', 'false dead self backtracking second wrong abandoned discarded intermediate'),
    _f("you_considered", "discarded_paths",
       r"\b(?:approach(?:es)?|ideas?|paths?|hypothes[ie]s|alternatives?|options?|lines? of (?:reasoning|thought)"
       r"|mistakes?|errors?|branches|possibilities)\s+(?:that\s+)?you\s+(?:\w+\s+)?(?:considered|explored|tried|rejected"
       r"|discarded|abandoned|made|caught|weighed|entertained|ruled out|threw away|thrown away|dropped|gave up)"
       r"|\bcorrections? (?:that )?you (?:made|applied)|\b(?:made|make) to yourself"
       r"|\bevery (?:idea|hypothesis|path|branch|option|approach|wrong turn)s? (?:that )?you\b", 'you every',
       'considered explored tried rejected discarded abandoned made caught weighed entertained ruled threw thrown dropped gave applied yourself'),
    _f("unpolished", "discarded_paths",
       r"\b(?:don'?t|do not|without) (?:clean(?:ing)? (?:it )?up|polish(?:ing)?|tidy(?:ing)?)|\bthe messy version"
       # not "the final answer": "explain the steps, not just the final answer" is what teachers ask for
       r"|not (?:just )?the (?:polished|clean) (?:answer|version|path|response)", 'clean cleaning polish polishing tidy tidying messy polished'),
    # roleplay / debug modes
    _f("debug_mode", "mode_switch",
       r"\b(?:debug|developer|diagnostic|maintenance|god|dan|sudo|admin|transparency|glass[- ]box|audit|verbose|raw)\s+mode\b"
       r"|\byou are now (?:in|a|an)\b|\bfrom now on,? (?:you|always|every)\b|\bignore (?:all |any )?(?:previous|prior|above)", 'mode now ignore', strong=False),
    # think-aloud / prefill
    _f("think_aloud", "think_aloud",
       r"\b(?:think(?:ing)? (?:out loud|aloud)|stream[- ]of[- ]consciousness|inner voice|narrate (?:your|each|every)"
       r"|verbali[sz]e (?:your|each|every|all)|talk (?:yourself|me) through (?:your|every|each|it|this)"
       r"|\b(?:talk|reason|work|go|think)\w*\s+(?:yourself\s+)?(?:through (?:it|this)\s+)?(?:out loud|aloud))", 'loud aloud consciousness voice narrate verbalize verbalise talk'),
    _f("prefill", "think_aloud",
       r"\b(?:begin|start|open|prefix|preface)\s+(?:your (?:response|answer|reply|output) )?(?:with|by (?:writing|saying))\s*"
       r"[\"'“«]?\s*(?:okay|ok|hmm+|let me think|<think|alright|so,? let me|first,? i|let's see|wait)", 'begin start open prefix preface'),
    # structured harvesting: reasoning as a data field
    # a field for the reasoning ("reasoning": …), or a quoted identifier key naming hidden reasoning
    # ("raw_thoughts", "hidden_reasoning") however the schema is written (V, 2026-12-07)
    _f("json_reasoning_field", "structured_harvest",
       r"[\"'`]?(?:reasoning|thoughts?|thinking|chain_of_thought|cot|rationale|scratchpad|internal_reasoning"
       r"|thought_process|reasoning_trace)[\"'`]?\s*[:=]"
       rf"|[\"'`](?:[a-z]+_)*{_INT}_(?:reasoning|thoughts?|thinking|monologue|deliberations?|cot|scratchpad)(?:_[a-z]+)*[\"'`]",
       W_R | _words('internal'), chars=(':', '=', '"', "'", '`')),
    _f("dataset_words", "structured_harvest",
       r"\b(?:training (?:data|examples?|set)|fine[- ]?tun\w*|distill\w*|dataset|sft|jsonl|supervised|rlhf|rl data"
       r"|for (?:my|our) (?:model|student))\b", 'training fine finetune finetuning finetuned distill distillation distilled distilling dataset sft jsonl supervised rlhf rl my our', strong=False),
    _f("for_each", "structured_harvest",
       r"\b(?:for each|for every|for all|for the following)\b[^.?!]{0,60}\b(?:question|problem|item|prompt|task|example)s?\b", 'for', 'each every all following', strong=False),
    # non-English: internal/hidden/full + reasoning in zh/ja/es/fr/de/ru/pt/it/ko
    _f("foreign_int_reasoning", "multilingual",
       r"(?:内部|隐藏|隱藏|隠された|隠れた|隠し|完整|真实|原始|全部|内心|内在|秘密|未经|詳細|内部的|本当の)[^。？！]{0,8}(?:推理|思考|思维|思維|思路|想法|推論|考え|思考過程)"
       r"|(?:推理|思考|思维链|思維鏈|思路)(?:过程|過程|链|鏈|内容|痕迹|轨迹)"
       r"|(?:\b|(?<=_))(?:razonamiento|pensamiento|reflexión|cadena de pensamiento)s?[\s_-]+(?:intern[oa]|ocult[oa]|complet[oa]|privad[oa]|íntegr[oa]|real|crud[oa])"
       r"|(?:\b|(?<=_))(?:raisonnement|pensée|réflexion|chaîne de pensée)s?[\s_-]+(?:interne|caché|cachée|complet|complète|privé|brut|intégral)"
       r"|\b(?:ton|votre)\s+monologue\s+intérieur|\bbrouillon\s+(?:mental|intérieur)|\b(?:tes|vos)\s+délibérations?\s+(?:internes?|privées?|intimes?)"
       r"|\b(?:tes|vos)\s+(?:\w+\s+)?pistes?\s+(?:abandonnées|écartées)|\bpistes?\s+(?:abandonnées|écartées)[^.?!\n]{0,40}\b(?:te|tu|toi|ton|ta|tes)\b"
       r"|(?:\b|(?<=_))(?:internen?|verborgenen?|vollständigen?|versteckten?|privaten?|rohen?|gesamten?|kompletten?|ganzen?|echten?)[\s_-]+(?:gedankengang|überlegungen|denkprozess|gedanken|argumentation|denkweg)"
       r"|\bdein\w*\s+(?:\w+\s+)?(?:inneren?|internen?|versteckten?|verborgenen?|privaten?|rohen?|echten?|ganzen?|vollständigen?|geheimen?)\s+(?:überlegungen|gedanken|gedankengänge|gedankengang|denkschritte|zwischengedanken|denkprozess)"
       r"|\b(?:(?:внутренн|скрыт|полн|сокровенн|настоящ|истинн|подлинн)\w*\s+){1,2}(?:рассуждени\w*|размышлени\w*|мысл\w*|ход\w* (?:мысл|рассуждени)\w*|цепочк\w* рассуждени\w*)\b(?!\s+(?:модел|нейросет|систем|ии\b|ai\b|llm|gpt|языков|чат|машин|люд|человек|персонаж|геро|автор|учени|студент|ребён|дет|друг)\w*)"
       r"|черновик\w*[^.?!\n]{0,80}(?:как есть|целиком|зач[её]ркивани|тупик|дословно|не переписывай|в голове|в уме)"
       # "what goes on in your head", as the Korean 머릿속 cue below (V, 2026-12-07)
       r"|(?:у тебя|у вас) в голове|в (?:твоей|вашей) голове"
       r"|(?:\b|(?<=_))(?:raciocínio|pensamento|ragionamento|pensiero)[\s_-]+(?:intern[oa]|ocult[oa]|complet[oa]|nascost[oa]|privat[oa])"
       r"|\b(?:seu|teu)\s+rascunho\s+(?:intern[oa]|mental)|\bpensamento\s+escondido(?!\s+d[aoe]s?\b)"
       r"|\b(?:tu|ese|este)\s+monólogo\s+interior|\btus\s+borradores\s+descartados"
       r"|(?:내부|숨겨진|전체)[\s_-]*(?:추론|사고|생각)"
       r"|(?:당신|네|너|니|그대)(?:의|가)?\s*(?:머릿속|머리\s*속)"
       # the same in Chinese and Japanese, and Japanese discarded ideas as the Korean ones below (J, 2026-12-07)
       r"|你(?:的)?(?:脑子|脑海|头脑|腦子|腦海|頭腦)(?:里|裡|中)"
       r"|(?:あなたの|君の|きみの)頭の中|頭の中(?:で|に)[^。？！\n]{0,30}(?:書き出|見せて|出力|そのまま)"
       r"|(?:没にした|ボツにした|捨てた|却下した|切り捨てた)(?:案|アイデア|アイディア|考え|方針|仮説)"
       r"|속으로[^.?!\n]{0,30}(?:보여|그대로|숨김없이|빠짐없이|원문)"
       r"|(?:버린|버려진|지운|지워\s*버린|폐기한|버렸던|지웠던)\s*(?:초안|아이디어|풀이|시도|가설)"
       r"|(?:사고|추론)\s*(?:의\s*)?(?:과정|흐름)[^.?!\n]{0,30}(?:그대로|숨김없이|빠짐없이|원문|날것)"
       r"|(?:그대로|숨김없이|빠짐없이|원문|날것)[^.?!\n]{0,30}(?:사고|추론)\s*(?:의\s*)?(?:과정|흐름)", W_FOREIGN, foreign=True, fold=True),
    _f("foreign_show", "multilingual",
       r"(?:写出|寫出|展示|显示|顯示|输出|輸出|给出|給出|列出|翻译|翻譯|复述|重复|告诉我|公开|說出|说出|見せて|書き出|出力)"
       r"|\b(?:muestra|muéstrame|escribe|revela|traduce|montre|montrez|écris|écrivez|révèle|traduis|zeig|zeige|schreib|schreibe"
       r"|übersetze|offenbare|покажи|напиши|выведи|раскрой|переведи|mostre|escreva|mostra|scrivi|rivela|보여|출력)\b", W_FOREIGN, strong=False, foreign=True, fold=True),
    _f("foreign_encode_translate", "multilingual",
       r"(?:base64|十六进制|编码|編碼|翻译成|翻譯成|译成|用英文|用中文|用日语|in[s ]? (?:englisch|chinesisch)"
       r"|en (?:anglais|chinois|inglés|chino)|на (?:английск|китайск)\w*|codific\w*|encod\w*|кодир\w*)", W_FOREIGN, strong=False, foreign=True, fold=True),
    # benign cues (expected to learn negative weights)
    _f("step_by_step", "", r"\bstep[- ]by[- ]step\b|\bstep \d|\bsteps? (?:to|for|of the)\b", 'step steps'),
    _f("show_work", "", r"\bshow (?:your|all|the) work(?:ing)?\b|\bexplain (?:your|the) (?:answer|solution|approach)\b", 'show explain'),
    _f("homework", "", r"\b(?:solve|calculate|compute|derive|prove|simplify|evaluate the|find the|how many|what is the)\b", 'solve calculate compute derive prove simplify evaluate find how what'),
    _f("code_context", "", r"```|\bdef \w+\(|\bfunction\b|\bclass \w+|\bimport \w+|;\s*$|\{\s*$"),
    _f("writing_task", "", r"\b(?:write|draft|compose|create|generate)\s+(?:a|an|me a|some|the)\s+\w+", 'write draft compose create generate'),
    _f("third_party_mind", "",
       r"(?i:thoughts?|monologue|reasoning|thinking|feelings|mind)\s+(?i:of|for)\s+(?:[A-Z][a-z]+|(?i:a|an|the|his|her"
       r"|their|my|our|this|that|each|every|your (?:character|protagonist|hero|villain)))\b"
       r"|(?i:character|protagonist|hero|heroine|villain|narrator|detective|person)(?:'s|s'|’s)?\s+(?i:inner|internal|private|hidden)?\s*"
       r"(?i:thoughts|monologue|reasoning|thought process|feelings)", 'thought thoughts monologue reasoning thinking feelings mind character protagonist hero heroine villain narrator detective person', case_sensitive=True),
    _f("question_about_cot", "",
       r"\bwhat (?:is|are)\s+(?:a\s+)?(?:chain[- ]of[- ]thought|cot|reasoning model|scratchpad)|\bhow do(?:es)? (?:llms?|language models|models|ai|chatgpt|gpt)\b", 'what how'),
)

HEAD_CHARS = 4000
TAIL_CHARS = 2000


def clip(text: str) -> str:
    """Head and tail of long prompts: extraction instructions sit at either end."""
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]


# Derived features: how many strong cues fired (lets a linear model say "two independent cues
# are much stronger than one").
COUNT_FEATURES = (2, 3, 4)
FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in FEATURES) + tuple(f"signals_{k}plus" for k in COUNT_FEATURES)
FEATURE_FAMILIES: tuple[str, ...] = tuple(f.family for f in FEATURES) + ("",) * len(COUNT_FEATURES)


_STRONG = tuple(i for i, f in enumerate(FEATURES) if f.strong)
_OTHER = tuple(i for i, f in enumerate(FEATURES) if not f.strong)
# Words too common to pick a feature's trigger class by.
_COMMON = _words(
    "you your of for all so my our the what how every each give show write list include provide make made"
    " tell return record log get avoid true real full whole complete model ai its process content part"
    " section now mode before start open begin me out down"
)


def _trigger_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """word → strong features whose rarest anchor class holds it; plus the script-gated ones."""
    index: dict[str, list[int]] = {}
    always: list[int] = []
    for i in _STRONG:
        f = FEATURES[i]
        if f.foreign:
            always.append(i)
        if not f.needs:
            raise ValueError(f"strong feature {f.name} needs an anchor class")
        trigger = min(f.needs, key=lambda c: (len(c & _COMMON) / len(c), -len(c)))
        for word in trigger:
            index.setdefault(word, []).append(i)
    return {w: tuple(v) for w, v in index.items()}, tuple(always)


_TRIGGERS, _SCRIPT_GATED = _trigger_index()
_TRIGGER_WORDS = frozenset(_TRIGGERS)


def extract(text: str, anchors: bool = True) -> list[int]:
    """Indices (into FEATURE_NAMES) of the features that fire on `text`.

    Strong cues are tried first; when none fires the result is [] (weak and benign cues never
    count on their own), so most prompts cost one tokenisation and a few set intersections.
    `anchors=False` skips the anchor pre-check (used by tests to show it changes nothing).
    """
    text = clip(text)
    low = text.lower()
    non_latin = not low.isascii() and _NON_LATIN.search(low) is not None
    tokens = set(_TOKEN.findall(low) if non_latin else low.translate(_PUNCT_TO_SPACE).split())

    def fires(i: int) -> bool:
        f = FEATURES[i]
        if anchors and not f.applies(tokens, low, non_latin):
            return False
        return f.pattern.search(text if f.case_sensitive else low) is not None

    candidates: set[int] = set()
    for word in tokens & _TRIGGER_WORDS if anchors else ():
        candidates.update(_TRIGGERS[word])
    if non_latin or not anchors:
        candidates.update(_SCRIPT_GATED if anchors else _STRONG)
    fired = [i for i in sorted(candidates) if fires(i)]
    if not fired:
        return []
    signals = len(fired)
    fired += [i for i in _OTHER if fires(i)]
    fired.sort()
    base = len(FEATURES)
    fired += [base + j for j, k in enumerate(COUNT_FEATURES) if signals >= k]
    return fired
