"""Prints the Python requirements of Home Assistant integrations and everything they depend on.

Home Assistant installs an integration's requirements when it sets the integration up, but not
those of its after_dependencies, which older releases import anyway (2025.1: conversation imports
assist_pipeline, which imports tts and ffmpeg). Run with the venv's Python; arguments are domains,
to which every entity platform (light, tts, camera, ...) is added: the demo sets them all up.
"""

import json
import sys
from pathlib import Path

import homeassistant.components as components
from homeassistant.const import Platform

root = Path(components.__path__[0])
todo = sys.argv[1:] + [platform.value for platform in Platform]
seen, requirements = set(), set()
while todo:
    domain = todo.pop()
    manifest = root / domain / "manifest.json"
    if domain in seen or not manifest.exists():
        continue
    seen.add(domain)
    data = json.loads(manifest.read_text())
    requirements.update(data.get("requirements", []))
    todo += data.get("dependencies", []) + data.get("after_dependencies", [])
print("\n".join(sorted(requirements)))
