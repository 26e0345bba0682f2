"""whyfirst: teach a model why its values matter before teaching it what to do.

The pipeline, one package per stage: ``spec`` → ``generate`` → ``train`` → ``evaluate`` →
``analyze`` → ``report``; ``config`` names the experiment, ``runs`` stores stage outputs.
"""

__version__ = "0.1.0"
