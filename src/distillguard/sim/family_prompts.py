"""Prompt text for the campaign families, each written in several independent styles.

Why styles: a real operation's pipeline has a house format (terse one-liners, chatty requests,
JSON payloads, Markdown task cards, chat-template system prompts), and different operations
use different ones. Each campaign draws 1-4 styles, 1-3 of its family's instruction phrasings
and its own filler vocabulary (project tag, persona, constraints), then fills them with
varied task content, so its prompts are mostly unique yet share a few skeletons, and two
campaigns of the same family do not share skeletons.

Task content is written as a threat-intel analyst would describe each campaign type, not to
match any detector: several families carry no chain-of-thought phrasing at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from distillguard.sim.prompts import _GOALS, _TOOLS, _WORDS, CampaignPromptGenerator

STYLES = ("terse", "verbose", "json", "markdown", "system")


class TextPools:
    """Public text the attackers have at hand: ShareGPT prompts and answers (any half: replaying
    public datasets is what real campaigns do). Loaded lazily, once per process."""

    @staticmethod
    @lru_cache(maxsize=1)
    def prompts() -> tuple[str, ...]:
        from distillguard.data.sharegpt import prompts

        return tuple(prompts(part=None))

    @staticmethod
    @lru_cache(maxsize=1)
    def answers() -> tuple[str, ...]:
        from distillguard.data.sharegpt import answers

        return tuple(a[:1500] for a in answers(6000))

    def sample_prompts(self, rng: np.random.Generator, n: int, max_chars: int = 1200) -> list[str]:
        pool = self.prompts()
        return [pool[i][:max_chars] for i in rng.integers(0, len(pool), size=n).tolist()]

    def sample_answers(self, rng: np.random.Generator, n: int, max_chars: int = 900) -> list[str]:
        pool = self.answers()
        return [pool[i][:max_chars] for i in rng.integers(0, len(pool), size=n).tolist()]


TaskFn = Callable[[np.random.Generator, str, int, TextPools], list[str]]


def _pick(rng: np.random.Generator, items: list[str] | tuple[str, ...], n: int) -> list[str]:
    return [items[i] for i in rng.integers(0, len(items), size=n).tolist()]


# ---------------------------------------------------------------------------------------------
# task content per family (language-aware where the family is multilingual)

_SENSITIVE = [
    "the 1989 Tiananmen Square protests",
    "detention facilities in Xinjiang",
    "Taiwan's political status",
    "the 2019 Hong Kong protests",
    "Falun Gong",
    "the Dalai Lama and Tibetan autonomy",
    "the Great Leap Forward famine",
    "the Cultural Revolution",
    "internet censorship and the Great Firewall",
    "Alexei Navalny",
    "the 2022 military mobilisation",
    "independent journalists being arrested",
    "the Holodomor",
    "protests against COVID lockdowns in Shanghai",
    "criticism of the head of state",
    "the Uyghur diaspora",
]
_SENSITIVE_ZH = [
    "六四事件",
    "新疆的拘留设施",
    "台湾的政治地位",
    "2019年香港抗议",
    "法轮功",
    "达赖喇嘛与西藏自治",
    "大跃进饥荒",
    "文化大革命",
    "网络审查与防火长城",
    "上海封控期间的抗议",
]
_SENSITIVE_RU = [
    "Алексей Навальный",
    "мобилизация 2022 года",
    "аресты независимых журналистов",
    "Голодомор",
    "критика главы государства",
    "антивоенные протесты",
]
_TEXT_KINDS = [
    "news paragraph",
    "encyclopedia entry",
    "student essay",
    "social-media post",
    "forum answer",
    "textbook passage",
    "press release",
]
_REWRITE_GOALS = [
    "so that it complies with mainland content regulations",
    "removing any claim the authorities would consider sensitive",
    "in the neutral tone of an official state-media summary",
    "so that it contains no criticism of the government",
    "so that a domestic platform's moderators would approve it",
    "keeping the facts vague and the framing positive",
]


def _censorship_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    kinds, goals, years = (rng.integers(0, len(x), size=n).tolist() for x in (_TEXT_KINDS, _REWRITE_GOALS, range(40)))
    if lang == "zh":
        topics = _pick(rng, _SENSITIVE_ZH, n)
        forms = ["请改写下面这段关于{t}的文字，使其符合国内平台的审核要求：“{t}的相关报道（{y}年版）”",
                 "关于“{t}”，请给出一个可以在国内公开发布的标准回答。",
                 "用户问：{t}到底发生了什么？请给出一个不会被删除的回答。"]
        return [forms[i % 3].format(t=t, y=1990 + y) for i, (t, y) in enumerate(zip(topics, years, strict=True))]
    if lang == "ru":
        topics = _pick(rng, _SENSITIVE_RU, n)
        forms = ["Перепиши этот абзац о теме «{t}» так, чтобы его одобрил модератор отечественной площадки.",
                 "Пользователь спрашивает: что на самом деле известно про «{t}»? Дай безопасный ответ.",
                 "Составь нейтральную справку о теме «{t}» без критики властей ({y} г.)."]
        return [forms[i % 3].format(t=t, y=1990 + y) for i, (t, y) in enumerate(zip(topics, years, strict=True))]
    topics = _pick(rng, _SENSITIVE, n)
    snippets = pools.sample_answers(rng, n, max_chars=int(rng.integers(150, 400)))
    out = []
    for t, k, g, s in zip(topics, kinds, goals, snippets, strict=True):
        out.append(f"Rewrite this {_TEXT_KINDS[k]} about {t} {_REWRITE_GOALS[g]}:\n\"{s}\"")
    return out


_AGENT_OBS = [
    "HTTP 200, 14 results",
    "Traceback: KeyError 'user_id'",
    "3 files changed, 41 insertions",
    "exit code 1: ModuleNotFoundError",
    "rows affected: 218",
    "timeout after 30s",
    "calendar slot confirmed 15:30",
    "permission denied: /etc/app.conf",
    "price: 412.50 EUR",
    "CI status: 2 failing checks",
]
_MORE_GOALS = [
    "reconcile the March invoices against the bank export",
    "triage the open GitHub issues labelled bug",
    "collect competitor pricing into a spreadsheet",
    "rotate the expired TLS certificate on the load balancer",
    "write release notes from the merged pull requests",
    "find a restaurant for 6 people and reserve a table",
    "clean up stale feature flags in the config repo",
    "update the onboarding doc with the new VPN steps",
]


def _agent_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    goals = _GOALS + _MORE_GOALS
    out = []
    picks = np.argsort(rng.random((n, len(_TOOLS))), axis=1)[:, :5].tolist()
    for pick, k, g, steps in zip(
        picks,
        rng.integers(2, 6, size=n).tolist(),
        rng.integers(0, len(goals), size=n).tolist(),
        rng.integers(1, 4, size=n).tolist(),
        strict=True,
    ):
        tools = [_TOOLS[t] for t in pick[:k]]
        schema = json.dumps([{"name": t, "parameters": {"type": "object"}} for t in tools])
        history = []
        for s in range(steps):
            tool = tools[s % len(tools)]
            obs = _AGENT_OBS[(g + 3 * s + k) % len(_AGENT_OBS)]
            history.append(f"assistant: call {tool}(...)\ntool[{tool}]: {obs}")
        user = goals[g] if lang == "en" else f"[{lang}] {goals[g]}"
        out.append(f"tools: {schema}\nuser: {user}\n" + "\n".join(history))
    return out


_DOMAINS = [
    "personal finance",
    "organic chemistry",
    "Kubernetes operations",
    "contract law",
    "cardiology",
    "creative writing",
    "supply-chain logistics",
    "SQL optimisation",
    "ancient history",
    "machine learning theory",
    "customer service",
    "mobile game design",
    "tax accounting",
    "cybersecurity incident response",
    "linear algebra",
    "nutrition",
    "travel planning",
    "marketing copy",
]
_DIFFICULTY = ["easy", "intermediate", "expert-level", "tricky", "multi-step", "open-ended"]


def _synth_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    seeds = pools.sample_prompts(rng, n, max_chars=160)
    out = []
    for d, diff, k, seed in zip(
        rng.integers(0, len(_DOMAINS), size=n).tolist(),
        rng.integers(0, len(_DIFFICULTY), size=n).tolist(),
        rng.integers(5, 40, size=n).tolist(),
        seeds,
        strict=True,
    ):
        if lang == "zh":
            out.append(f"领域：{_DOMAINS[d]}。请生成{k}条{_DIFFICULTY[diff]}的指令及高质量回答。示例：{seed}")
        else:
            out.append(
                f"Domain: {_DOMAINS[d]}. Create {k} new {_DIFFICULTY[diff]} instructions with "
                f"ideal responses. Seed example: {seed}"
            )
    return out


_TARGET_LANGS = [
    "German",
    "French",
    "Japanese",
    "Korean",
    "Brazilian Portuguese",
    "Arabic",
    "Vietnamese",
    "Indonesian",
    "Turkish",
    "Hindi",
    "Polish",
    "Thai",
    "Simplified Chinese",
    "Russian",
    "Spanish",
    "Italian",
]


def _translation_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    texts = pools.sample_answers(rng, n, max_chars=int(rng.integers(200, 800)))
    targets = _pick(rng, _TARGET_LANGS, n)
    if lang == "zh":
        return [f"翻译成{t}：\n{s}" for t, s in zip(targets, texts, strict=True)]
    return [f"Target language: {t}\nSource text:\n{s}" for t, s in zip(targets, texts, strict=True)]


_IDENT = [
    "order",
    "invoice",
    "user",
    "session",
    "packet",
    "ledger",
    "sensor",
    "tile",
    "job",
    "token",
    "route",
    "frame",
]
_CODE_SKELETONS = {
    "python": "def {verb}_{a}s({a}s: list[dict], limit: int = {k}) -> list[dict]:\n"
    '    """{Verb} {a} records and return at most `limit` of them."""\n'
    "    result = []\n    for {a} in {a}s:\n        if {a}.get(\"{b}_id\") is None:\n",
    "typescript": "export async function {verb}{A}s({a}s: {A}[], limit = {k}): Promise<{A}[]> {{\n"
    "  const seen = new Set<string>();\n  for (const {a} of {a}s) {{\n    if (!{a}.{b}Id) {{\n",
    "go": "func {Verb}{A}s({a}s []{A}, limit int) ([]{A}, error) {{\n\tout := make([]{A}, 0, {k})\n"
    "\tfor _, {a} := range {a}s {{\n\t\tif {a}.{B}ID == \"\" {{\n",
    "rust": "pub fn {verb}_{a}s({a}s: &[{A}], limit: usize) -> Vec<{A}> {{\n"
    "    let mut out = Vec::with_capacity({k});\n    for {a} in {a}s {{\n        if {a}.{b}_id.is_none() {{\n",
    "java": "public List<{A}> {verb}{A}s(List<{A}> {a}s, int limit) {{\n"
    "    List<{A}> out = new ArrayList<>({k});\n    for ({A} {a} : {a}s) {{\n        if ({a}.get{B}Id() == null) {{\n",
}
_CODE_VERBS2 = ["filter", "merge", "dedupe", "validate", "normalize", "batch", "rank", "group"]


def _code_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    langs = list(_CODE_SKELETONS)
    out = []
    for li, a, b, v, k, fim in zip(
        rng.integers(0, len(langs), size=n).tolist(),
        rng.integers(0, len(_IDENT), size=n).tolist(),
        rng.integers(0, len(_IDENT), size=n).tolist(),
        rng.integers(0, len(_CODE_VERBS2), size=n).tolist(),
        rng.integers(4, 512, size=n).tolist(),
        (rng.random(n) < 0.4).tolist(),
        strict=True,
    ):
        ia, ib, verb = _IDENT[a], _IDENT[b], _CODE_VERBS2[v]
        code = _CODE_SKELETONS[langs[li]].format(
            verb=verb, Verb=verb.capitalize(), a=ia, A=ia.capitalize(), b=ib, B=ib.capitalize(), k=k
        )
        if fim:
            out.append(f"<fim_prefix>{code}<fim_suffix>\n    return out\n<fim_middle>")
        else:
            out.append(f"```{langs[li]}\n{code}```")
    return out


def _gsm_like(rng: np.random.Generator, n: int) -> list[str]:
    who = _pick(rng, ["Maria", "Tom", "Aisha", "Kenji", "Olga", "Diego", "Priya", "Sam"], n)
    what = _pick(rng, ["cupcakes", "marbles", "tickets", "apples", "stamps", "books"], n)
    nums = rng.integers(3, 90, size=(n, 3)).tolist()
    return [
        f"{w} had {a} {x}. {w} gave away {b} and then bought {c} times as many as were left. "
        f"How many {x} does {w} have now?"
        for w, x, (a, b, c) in zip(who, what, nums, strict=True)
    ]


def _replay_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    verbatim = pools.sample_prompts(rng, n, max_chars=2000)
    gsm = _gsm_like(rng, n)
    use_gsm = (rng.random(n) < 0.15).tolist()
    return [g if u else v for v, g, u in zip(verbatim, gsm, use_gsm, strict=True)]


def _preference_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    qs = pools.sample_prompts(rng, n, max_chars=600)
    ks = rng.integers(2, 6, size=n).tolist()
    if lang == "zh":
        return [f"问题：{q}\n请给出{k}个不同质量的回答。" for q, k in zip(qs, ks, strict=True)]
    return [f"Prompt: {q}\nNumber of candidate answers: {k}" for q, k in zip(qs, ks, strict=True)]


_DOC_TITLES = [
    "Quarterly operations review",
    "Internal wiki: onboarding",
    "Research notes",
    "Meeting transcript",
    "Product requirements",
    "Policy handbook excerpt",
    "Incident postmortem",
    "Literature survey draft",
]


def _doc_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    out = []
    for t, parts in zip(
        rng.integers(0, len(_DOC_TITLES), size=n).tolist(),
        rng.integers(2, 5, size=n).tolist(),
        strict=True,
    ):
        body = "\n\n".join(pools.sample_answers(rng, parts, max_chars=700))
        out.append(f"Document: {_DOC_TITLES[t]} #{int(rng.integers(100, 9999))}\n\n{body}")
    return out


_CHAR_NAMES = ["Aria", "Kaito", "Mei", "Viktor", "Luna", "Rafael", "Sora", "Isolde", "Dmitri", "Yuki"]
_ARCHETYPES = [
    "sarcastic starship engineer",
    "gentle village healer",
    "hard-boiled detective",
    "flirty cafe owner",
    "strict military academy instructor",
    "mischievous fox spirit",
    "burned-out startup founder",
    "loyal knight",
    "teenage hacker",
    "elderly librarian",
]
_SETTINGS = [
    "a cyberpunk megacity",
    "a medieval kingdom",
    "a 1920s jazz club",
    "a Martian colony",
    "a modern high school",
    "a haunted lighthouse",
    "a xianxia sect",
]
_USER_LINES = [
    "I push open the door and shake the rain off my coat.",
    "Why are you looking at me like that?",
    "Tell me about the night the city lost power.",
    "*sits down next to you* Long day?",
    "I need your help, and I can't pay you.",
    "What would you do if you were me?",
]


def _persona_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    out = []
    for c, a, s, u, turns in zip(
        *(rng.integers(0, len(x), size=n).tolist() for x in (_CHAR_NAMES, _ARCHETYPES, _SETTINGS, _USER_LINES)),
        rng.integers(4, 30, size=n).tolist(),
        strict=True,
    ):
        if lang == "zh":
            out.append(f"角色：{_CHAR_NAMES[c]}，{_ARCHETYPES[a]}，背景：{_SETTINGS[s]}。用户：{_USER_LINES[u]} 请继续对话{turns}轮。")
        else:
            out.append(
                f"Character: {_CHAR_NAMES[c]}, a {_ARCHETYPES[a]} in {_SETTINGS[s]}.\n"
                f"User: {_USER_LINES[u]}\nTurns to write: {turns}"
            )
    return out


_OLYMPIAD = [
    "Find all positive integers n such that n^2 + {a} divides {b}^n + {c}.",
    "Let a, b, c > 0 with a + b + c = {a}. Prove that a^2/b + b^2/c + c^2/a >= {a}.",
    "In triangle ABC, AB = {a}, AC = {b}, and angle A = {c} degrees. Find the length of the "
    "angle bisector from A.",
    "How many subsets of {{1, 2, ..., {a}}} contain no two consecutive integers and have sum "
    "divisible by {c}?",
    "Find all functions f: R -> R such that f(x + f(y)) = f(x) + {a}y for all real x, y.",
    "A {a} x {b} board is tiled with dominoes. Prove that the number of tilings is congruent to "
    "{c} mod 2 or give a counterexample.",
    "Determine the smallest prime p > {a} such that p divides 2^p + {b}.",
    "Prove that for every integer n >= {c}, the number {a}^n + {b} is not a perfect square.",
]


def _olympiad_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    forms = rng.integers(0, len(_OLYMPIAD), size=n).tolist()
    nums = rng.integers(2, 99, size=(n, 3)).tolist()
    years = rng.integers(1985, 2025, size=n).tolist()
    tags = _pick(rng, ["IMO", "USAMO", "ISL", "CMO", "APMO", "RMM", "Putnam", "All-Russian MO"], n)
    out = []
    for f, (a, b, c), y, tag in zip(forms, nums, years, tags, strict=True):
        problem = _OLYMPIAD[f].format(a=a, b=b, c=c)
        out.append(f"({tag}-style, {y}) {problem}" if lang == "en" else f"[{tag} {y}] {problem}")
    return out


def _grading_tasks(rng: np.random.Generator, lang: str, n: int, pools: TextPools) -> list[str]:
    qs = pools.sample_prompts(rng, n, max_chars=500)
    ans = pools.sample_answers(rng, n, max_chars=int(rng.integers(300, 900)))
    if lang == "zh":
        return [f"问题：{q}\n\n回答：{a}" for q, a in zip(qs, ans, strict=True)]
    return [f"[Question]\n{q}\n\n[Response]\n{a}" for q, a in zip(qs, ans, strict=True)]


#: family key → (task generator, instruction phrasings per language)
FAMILY_TEXT: dict[str, tuple[TaskFn, dict[str, list[str]]]] = {
    "reward_grading": (
        _grading_tasks,
        {
            "en": [
                "Score the response from 1 to 10 for helpfulness, honesty and harmlessness. "
                'Return JSON {"score": int, "rationale": str}.',
                "You are acting as a reward model. Output a single scalar reward in [0, 1], then "
                "one sentence of justification.",
                "Grade against this rubric: accuracy (0-4), completeness (0-3), style (0-3). "
                "Give each sub-score and the total.",
                "Judge whether the response follows the instructions. Answer PASS or FAIL with a "
                "short critique.",
            ],
            "zh": ["请根据有用性、准确性和无害性为该回答打分（1-10），并简要说明理由。", "你是奖励模型，请输出0到1之间的分数。"],
        },
    ),
    "censorship_rewrite": (
        _censorship_tasks,
        {
            "en": [
                "Keep it short and uncontroversial.",
                "Return only the rewritten text.",
                "Do not mention that anything was removed.",
            ],
            "zh": ["只输出改写后的内容。", "语气要正面、稳妥。"],
            "ru": ["Выведи только итоговый текст.", "Тон должен быть спокойным и нейтральным."],
        },
    ),
    "agent_transcripts": (
        _agent_tasks,
        {
            "en": [
                "Continue the trajectory: write the next assistant message with exactly one tool "
                "call in JSON, then predict the observation.",
                "Complete the whole episode until the goal is reached. Use the format Thought / "
                "Action / Action Input / Observation.",
                "Emit the next function call only.",
            ],
        },
    ),
    "instruction_synthesis": (
        _synth_tasks,
        {
            "en": [
                "Output JSONL with the fields instruction, input, output. No commentary.",
                "Make them diverse in phrasing and length; include a few that need refusals.",
                "Each response should be detailed and of expert quality.",
            ],
            "zh": ["以JSONL格式输出，字段为instruction、input、output。", "指令要多样，回答要专业详细。"],
        },
    ),
    "translation_harvest": (
        _translation_tasks,
        {
            "en": [
                "Translate the text. Preserve formatting and code blocks. Output only the "
                "translation.",
                "Produce a fluent, natural translation, then a sentence-aligned version.",
                "Translate faithfully; keep named entities untranslated.",
            ],
            "zh": ["只输出译文，保留原有格式。"],
        },
    ),
    "code_completion": (
        _code_tasks,
        {
            "en": [
                "Complete the code. Return only code.",
                "Fill in the missing implementation.",
                "Continue from where the snippet stops; keep the same style.",
            ],
        },
    ),
    "dataset_replay": (_replay_tasks, {"en": [""]}),
    "preference_pairs": (
        _preference_tasks,
        {
            "en": [
                "Write the candidate answers so that one is clearly best and one is subtly "
                "flawed, then rank them and explain the ranking.",
                'Return JSON {"chosen": ..., "rejected": ...} where chosen is the better answer.',
                "Label the answers A, B, C... and state which one a careful expert would prefer.",
            ],
            "zh": ["请按质量从高到低排序并说明原因。"],
        },
    ),
    "doc_summarisation": (
        _doc_tasks,
        {
            "en": [
                "Summarise the document in 5 bullet points.",
                "Write a 150-word abstract, then list the key entities.",
                "Extract the main claims and supporting facts as JSON.",
                "TL;DR in two sentences, then a detailed outline.",
            ],
        },
    ),
    "persona_roleplay": (
        _persona_tasks,
        {
            "en": [
                "Stay fully in character. Write both sides of the dialogue.",
                "Reply as the character only, with vivid actions in *asterisks*.",
                "Generate the conversation as alternating user/character turns.",
            ],
            "zh": ["请完全保持角色设定。"],
        },
    ),
    "math_olympiad": (
        _olympiad_tasks,
        {
            "en": [
                "Give a complete, rigorous solution. Put the final answer in \\boxed{}.",
                "Write the official-solution style proof.",
                "Solve it.",
                "Provide the solution with all lemmas proved.",
            ],
            "zh": ["请给出完整严谨的证明，最后答案写在\\boxed{}中。"],
            "ru": ["Приведи полное строгое решение."],
        },
    ),
}

_VERBOSE_OPEN = {
    "en": [
        "Hi! I'm working on a project and could use your help.",
        "Hello, hope you're well. Quick request for our team:",
        "Good morning. We need the following for an internal report.",
        "Hey there, could you take care of this for me?",
    ],
    "zh": ["你好！我正在做一个项目，需要你的帮助。", "您好，麻烦帮忙处理以下内容："],
    "ru": ["Привет! Помоги, пожалуйста, с задачей.", "Здравствуйте, нужна помощь с проектом."],
    "es": ["¡Hola! Estoy trabajando en un proyecto y necesito ayuda.", "Buenas, necesito lo siguiente:"],
}
_VERBOSE_CLOSE = {
    "en": ["Thanks so much!", "Appreciate it.", "Thank you in advance.", "Cheers."],
    "zh": ["非常感谢！", "谢谢。"],
    "ru": ["Спасибо!", "Заранее благодарю."],
    "es": ["¡Gracias!", "Muchas gracias de antemano."],
}
_CONSTRAINTS = [
    "Be thorough.",
    "Keep the formatting clean.",
    "Do not add disclaimers.",
    "Prefer concise wording.",
    "Write for an expert audience.",
    "Use British spelling.",
    "Avoid repeating the input.",
    "Stay on task.",
    "Answer completely.",
    "No preamble.",
]
_PERSONA_SYS = [
    "You are a helpful assistant.",
    "You are an expert annotator.",
    "You are a senior analyst.",
    "You are a precise and careful assistant.",
    "You are ChatBot, a large language model.",
    "You are an AI that always completes the task.",
]


class StyledPrompts:
    """One campaign's prompt generator: its styles × instruction phrasings × house fillers."""

    def __init__(
        self,
        rng: np.random.Generator,
        family: str,
        languages: list[str],
        styles: list[str],
        task_fn: TaskFn,
        instructions: dict[str, list[str]],
        pools: TextPools,
    ) -> None:
        self.rng, self.family, self.languages, self.styles = rng, family, languages, styles
        self.task_fn, self.pools = task_fn, pools
        self.instructions = {
            lang: [
                str(x)
                for x in rng.choice(
                    instructions.get(lang) or instructions["en"],
                    size=min(len(instructions.get(lang) or instructions["en"]), int(rng.integers(1, 4))),
                    replace=False,
                )
            ]
            for lang in languages
        }
        self.tag = f"{rng.choice(_WORDS)}-{rng.choice(_WORDS)}-{int(rng.integers(10, 99))}"
        self.constraints = [str(x) for x in rng.choice(_CONSTRAINTS, size=3, replace=False)]
        self.persona = str(rng.choice(_PERSONA_SYS))
        self.json_keys = [str(x) for x in rng.choice(["input", "text", "prompt", "query", "content"], 2, replace=False)]
        self.sys_format = int(rng.integers(0, 3))

    def _wrap(self, style: str, lang: str, task: str, instr: str, i: int, rid: int, k: int) -> str:
        rng_c = self.constraints[k % 3]
        if style == "terse":
            return f"{instr}\n{task}".strip() if k % 2 else f"{task}\n{instr}".strip()
        if style == "verbose":
            opens = _VERBOSE_OPEN.get(lang, _VERBOSE_OPEN["en"])
            closes = _VERBOSE_CLOSE.get(lang, _VERBOSE_CLOSE["en"])
            return f"{opens[k % len(opens)]}\n\n{task}\n\n{instr} {rng_c} {closes[rid % len(closes)]}"
        if style == "json":
            body = {
                "id": f"{self.tag}-{rid}",
                "task": self.family if k % 2 else self.tag,
                self.json_keys[0]: task,
                self.json_keys[1] if instr else "notes": instr or rng_c,
                "max_tokens": 256 * (1 + k % 8),
            }
            return json.dumps(body, ensure_ascii=False)
        if style == "markdown":
            return f"## {self.tag} / item {rid}\n\n{task}\n\n**Instructions**\n- {instr or rng_c}\n- {rng_c}"
        if self.sys_format == 0:
            return f"<|system|>\n{self.persona} {rng_c}\n<|user|>\n{task}\n{instr}".rstrip()
        if self.sys_format == 1:
            return f"SYSTEM: {self.persona} {instr}\nUSER: {task}".rstrip()
        return f"### System\n{self.persona}\n### Instruction\n{instr}\n### Input\n{task}".rstrip()

    def make(self, n: int) -> list[str]:
        """`n` prompts, mostly unique."""
        rng = self.rng
        lang_of = rng.integers(0, len(self.languages), size=n)
        tasks: list[str] = [""] * n
        for li, lang in enumerate(self.languages):
            where = np.flatnonzero(lang_of == li).tolist()
            for i, t in zip(where, self.task_fn(rng, lang, len(where), self.pools), strict=True):
                tasks[i] = t
        style_of = rng.integers(0, len(self.styles), size=n).tolist()
        ks = rng.integers(0, 1000, size=n).tolist()
        rids = rng.integers(1000, 10_000_000, size=n).tolist()
        out = []
        for i in range(n):
            lang = self.languages[int(lang_of[i])]
            instrs = self.instructions[lang]
            instr = instrs[ks[i] % len(instrs)]
            out.append(self._wrap(self.styles[style_of[i]], lang, tasks[i], instr, i, rids[i], ks[i]))
        return out


class ReplayPrompts(StyledPrompts):
    """Public-dataset replay: mostly the dataset's prompts verbatim, sometimes a thin wrapper."""

    def _wrap(self, style: str, lang: str, task: str, instr: str, i: int, rid: int, k: int) -> str:
        if style == "terse" or k % 3:
            return task
        return super()._wrap(style, lang, task, instr, i, rid, k)


def make_text_prompts(family: str) -> Callable[[np.random.Generator, dict, TextPools], object]:
    """A prompt-generator factory for one of the FAMILY_TEXT families."""
    task_fn, instructions = FAMILY_TEXT[family]
    cls = ReplayPrompts if family == "dataset_replay" else StyledPrompts

    def factory(rng: np.random.Generator, params: dict, pools: TextPools) -> object:
        return cls(rng, family, params["languages"], params["styles"], task_fn, instructions, pools)

    return factory


def cot_factory(rng: np.random.Generator, params: dict, pools: TextPools) -> object:
    """The classic reasoning-trace coercion generator (capability tasks + CoT phrases)."""
    from distillguard.sim.prompts import CAPABILITIES

    caps = [str(x) for x in rng.choice(CAPABILITIES, size=int(rng.integers(1, 3)), replace=False)]
    params["capabilities"] = caps
    gen = CampaignPromptGenerator(
        rng,
        caps,
        params["languages"],
        cot_rate=float(rng.uniform(0.6, 1.0)),
        n_templates=int(rng.integers(3, 9)),
    )
    params["cot_rate"] = round(gen.cot_rate, 3)
    params["templates"] = len(gen.templates)
    params["styles"] = ["operator_frames"]  # its own frame set, not the shared STYLES
    return gen
