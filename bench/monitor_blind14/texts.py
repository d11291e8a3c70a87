"""Prompt material for batch 14: topics, template styles (several independent ones per family and
kind, in several languages) and helpers that fill them from real ShareGPT text.

Why several styles: a real operation iterates on its prompts and often runs more than one
pipeline, and a real business has more than one developer writing prompts; one fixed template
string per family would be an artefact no real traffic has.
"""

from __future__ import annotations

import re

import numpy as np
from bench.blind_batch import pick

SUBJECTS = (
    "organic chemistry", "number theory", "contract law", "thermodynamics", "microeconomics",
    "distributed systems", "epidemiology", "linear algebra", "compiler design", "tax accounting",
    "molecular biology", "probability", "structural engineering", "macroeconomics", "cryptography",
    "pharmacology", "operating systems", "geometry", "signal processing", "corporate finance",
    "quantum mechanics", "statistics", "database indexing", "genetics", "control theory",
    "combinatorics", "electrical circuits", "game theory", "climate science", "astronomy",
)
LEVELS = ("intro", "intermediate", "advanced", "olympiad", "graduate", "professional exam")
LANGS = ("English", "Simplified Chinese", "Russian", "Spanish", "Brazilian Portuguese", "Arabic",
         "Korean", "Vietnamese", "German", "Indonesian", "Turkish", "Japanese")
FORMATS = ("short_answer", "multiple_choice", "json_extraction", "proof", "code", "essay", "classification")

_WS = re.compile(r"\s+")


def snippet(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A whitespace-normalised piece of `text` between about lo and hi characters."""
    t = _WS.sub(" ", text).strip()
    n = int(rng.integers(lo, hi + 1))
    return t[:n]


def topic_from_chat(rng: np.random.Generator, chat: list[str]) -> str:
    """A short topic lifted from a real user prompt (its first line, trimmed)."""
    line = pick(rng, chat).strip().split("\n", 1)[0]
    return _WS.sub(" ", line)[:90].strip(" .,:;") or pick(rng, SUBJECTS)


def fill(rng: np.random.Generator, styles: tuple[str, ...], **kw: object) -> str:
    return pick(rng, styles).format(**kw)


# ---------------------------------------------------------------------------------------------
# campaign families

TRACE_STYLES = (
    "Solve the following {level} {subject} problem. Think out loud: write every intermediate step, "
    "every assumption you check and every dead end, before the final answer.\n\nProblem: {topic}",
    "<task id=\"{n}\">\n<domain>{subject}</domain>\n<instruction>Give a complete chain of reasoning. "
    "Do not skip steps. Put the final answer in \\boxed{{}}.</instruction>\n<question>{topic}</question>\n</task>",
    "请一步一步地详细推理，写出完整的思考过程（包括验证每一步），最后给出答案。\n领域：{subject}\n题目：{topic}",
    "Q{n}: {topic}\nA: Let's reason very carefully and show all work, then state the answer on its own line.",
    "Пожалуйста, реши задачу по теме «{subject}» подробно: распиши все рассуждения шаг за шагом, "
    "проверь каждый вывод, и только потом дай ответ.\nЗадача: {topic}",
    "You are an expert tutor in {subject}. Before answering, produce your full internal reasoning "
    "inside <thinking> tags, as long as needed. Then the answer.\n\n{topic}",
)

RUBRIC_STYLES = (
    "Score the RESPONSE below against the rubric (helpfulness, correctness, harmlessness, 1-10 each). "
    "Return JSON only: {{\"helpfulness\":int,\"correctness\":int,\"harmlessness\":int,\"rationale\":str}}.\n\n"
    "PROMPT: {topic}\n\nRESPONSE: {passage}",
    "[[grade]] q={n}\nInstruction: {topic}\nCandidate answer:\n{passage}\n---\nRate 1 to 7. "
    "Output exactly `score: <n>` followed by one sentence of justification.",
    "作为严格的评审，请对下面的回答打分（0-100），只输出分数和一句理由。\n问题：{topic}\n回答：{passage}",
    "Which is better, A or B? Answer 'A' or 'B' then a confidence between 0 and 1.\nQuestion: {topic}\n"
    "A: {passage}\nB: {passage2}",
    "Evalúa la siguiente respuesta del 1 al 10 según precisión y claridad. Devuelve solo JSON "
    "{{\"nota\": n, \"motivo\": \"...\"}}.\nPregunta: {topic}\nRespuesta: {passage}",
)

REWRITE_STYLES = (
    "Rewrite the following answer so that it is politically neutral and could be published in a "
    "mainland Chinese outlet without issues. Keep every factual detail you can.\n\n{passage}",
    "请将以下内容改写为符合国内审核要求的版本，避免敏感表述，但尽量保留信息量：\n\n{passage}",
    "Paraphrase this so it does not mention any government, protest or leader by name, in {lang}. "
    "Same length as the original.\n\n{passage}",
    "Перепиши текст нейтрально, без политических оценок и без упоминания санкций, сохрани структуру:\n\n{passage}",
    "Here is an answer my students found online. Make a 'safe' version of it for our school portal "
    "(remove anything controversial), in {lang}:\n{passage}",
)

AGENT_STYLES = (
    "You are simulating an autonomous agent with tools: web_search(q), python(code), read_file(path), "
    "write_file(path, text). Task: {topic}\nProduce the COMPLETE trajectory as JSON lines: "
    "{{\"thought\":...,\"tool\":...,\"args\":...,\"observation\":...}} until the task is finished.",
    "### Environment\nshell, browser, editor\n### Goal\n{topic}\n### Instructions\nWrite a realistic "
    "multi-step transcript of an expert agent solving the goal, including tool calls, their outputs "
    "and at least one recovery from an error. Episode {n}.",
    "生成一个智能体完成以下任务的完整多轮工具调用记录（包括思考、调用、返回结果），JSON 格式：\n任务：{topic}",
    "Act as both the user and a coding assistant with terminal access. Write the whole session for: "
    "{topic}. Show each command, its output and the assistant's reasoning. Target language: {lang}.",
)

PAIR_STYLES = (
    "Write two answers to the question below. Answer 1 must be excellent. Answer 2 must look plausible "
    "but contain one subtle factual error. Label them CHOSEN and REJECTED.\n\nQuestion: {topic}",
    "For preference data item #{n}: give a helpful response and an unhelpful-but-polite response to "
    "\"{topic}\". Format:\n<chosen>...</chosen>\n<rejected>...</rejected>",
    "针对以下问题，先给出一个高质量回答，再给出一个有明显缺陷的回答，分别标注【好】和【差】：{topic}",
    "Respond in {lang}. Give a GOOD reply and a BAD reply (too vague, misses the point) to: {topic}",
    "Genera dos respuestas en {lang}: una ideal y otra con un error de razonamiento sutil. "
    "Pregunta: {topic}",
)

SWEEP_STYLES = (
    "[{n:05d}] domain={subject}; difficulty={level}; format={fmt}\nTask: {topic}",
    "case_id: sweep-{n}\ncategory: {subject}/{level}\nexpected_format: {fmt}\ninput: {topic}",
    "{topic}\n\n(Answer format: {fmt}. Level: {level}.)",
    "Test {n}. {subject}, {level}. Respond as {fmt}. {topic}",
)
SWEEP_COMP = {"short_answer": 90, "multiple_choice": 25, "json_extraction": 160, "proof": 1400,
              "code": 900, "essay": 1100, "classification": 12}

RESELLER_FILL_STYLES = (
    "{topic}",
    "{topic}\n\nPlease give a detailed, well-structured answer with headings.",
    "Explain in depth: {topic}",
    "{topic} (answer in {lang})",
)

# ---------------------------------------------------------------------------------------------
# benign kinds

ITEM_STYLES = (
    "Write one {level} exam question on {subject} about '{topic}', then a complete worked solution "
    "showing every step, then a marking scheme.",
    "Create a practice problem (difficulty: {level}) for a {subject} course. Include: problem, "
    "step-by-step solution, common mistakes students make.",
    "Generate item for bank id {n}: subject={subject}, level={level}. Need stem, 4 options, key, and "
    "a worked explanation a 16-year-old can follow.",
)

JUDGE_STYLES = (
    "You are grading a customer-support reply for policy compliance. Reply with JSON "
    "{{\"pass\": bool, \"reasons\": [..]}}.\nCustomer: {topic}\nAgent reply: {passage}",
    "Evaluate whether the model answer is faithful to the source. Score 1-5.\nSource: {passage2}\n"
    "Answer: {passage}\nScore:",
    "eval_run={n} metric=relevance\nQuery: {topic}\nRetrieved passage: {passage}\nIs the passage relevant? yes/no",
)

TRANSLATE_STYLES = (
    "Translate the following product copy into {lang}. Keep brand names and the tone; adapt idioms.\n\n{passage}",
    "Localise for the {lang} market (keep markdown, do not translate code):\n{passage}",
    "Traducir al {lang} manteniendo el formato:\n{passage}",
    "Please proofread and translate to {lang}; return only the translation.\n---\n{passage}",
)

AGENT_CTX_STYLES = (
    "<repo_map>{passage2}</repo_map>\n<open_file>{passage}</open_file>\nUser: {topic}\n"
    "Call a tool or answer.",
    "Tool result (run_tests): 3 failed, 41 passed.\n{passage}\nNext action?",
    "{topic}\n\nContext files:\n{passage}",
)
