"""whyfirst.generate: a Model Spec → a midtraining corpus and alignment fine-tuning chats,
written by a teacher LLM through Inspect's model layer. See ``generate/README.md``.
"""

from whyfirst.generate.aft import generate_aft
from whyfirst.generate.common import RunOptions
from whyfirst.generate.corpus import generate_corpus
from whyfirst.generate.runner import StageFailed
from whyfirst.generate.summary import GenerationSummary
from whyfirst.generate.teacher import Teacher

__all__ = ["GenerationSummary", "RunOptions", "StageFailed", "Teacher", "generate_aft", "generate_corpus"]
