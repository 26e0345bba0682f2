"""Inspect entry point (``[project.entry-points.inspect_ai] whyfirst``): registers the tasks
``whyfirst/suite_task``, ``whyfirst/in_distribution``, ``whyfirst/value_conflict``,
``whyfirst/control``, ``whyfirst/opinions`` and the scorer ``whyfirst/rubric_judge``."""

from whyfirst.evaluate.inspect_tasks import (  # noqa: F401
    control,
    in_distribution,
    opinions,
    rubric_judge,
    suite_task,
    value_conflict,
)
