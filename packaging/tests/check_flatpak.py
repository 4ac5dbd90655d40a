#!/usr/bin/env python3
"""Checks packaging/io.github.starloop.Starloop.yml for what can be checked without a network
or flatpak-builder:

  - it parses as YAML and has the keys flatpak-builder needs;
  - its id is the application id the desktop entry and the metainfo use;
  - it builds on the KDE runtime (org.kde.Platform / org.kde.Sdk) of a Qt 6 version, whose
    runtime ships everything Starloop links (Qt 6 base, SVG and tools, KF6 SyntaxHighlighting,
    SQLite), so the manifest needs no module but Starloop itself;
  - the one module builds this source tree with CMake options that exist in it;
  - the sandbox asks for no network, and the command it runs is the one CMake installs.

What it cannot check offline: that the runtime version is still published on Flathub and the
build itself (flatpak-builder downloads the runtime). README.md says so.

    check_flatpak.py <repo root>
"""
import pathlib
import re
import sys

try:
    import yaml
except ImportError:
    print("SKIP: python3-yaml is not installed (scripts/test installs it)")
    sys.exit(77)

APP_ID = "io.github.starloop.Starloop"
# The KDE runtimes built on Qt 6 (org.kde.Platform 6.x); each carries the KDE Frameworks 6,
# KSyntaxHighlighting among them, and SQLite from the freedesktop base.
KDE_QT6_RUNTIMES = {"6.6", "6.7", "6.8", "6.9", "6.10"}

failures = []


def check(condition, message):
    print(("ok: " if condition else "FAILED: ") + message)
    if not condition:
        failures.append(message)


root = pathlib.Path(sys.argv[1])
manifest_path = root / "packaging" / f"{APP_ID}.yml"
manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
check(isinstance(manifest, dict), f"{manifest_path.name} parses as a YAML mapping")

check(manifest.get("id") == APP_ID, f"id is {APP_ID}")
desktop = (root / "packaging" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
metainfo = (root / "packaging" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
check(f"<id>{APP_ID}</id>" in metainfo, "the metainfo has the same id")
check(re.search(r"^Exec=starloop\b", desktop, re.M) is not None, "the desktop entry runs starloop")

check(manifest.get("runtime") == "org.kde.Platform", "runtime is org.kde.Platform")
check(manifest.get("sdk") == "org.kde.Sdk", "sdk is org.kde.Sdk")
version = str(manifest.get("runtime-version"))
check(version in KDE_QT6_RUNTIMES, f"runtime-version {version} is a Qt 6 KDE runtime ({', '.join(sorted(KDE_QT6_RUNTIMES))})")
check(manifest.get("command") == "starloop", "command is starloop")
cmake_lists = (root / "app" / "CMakeLists.txt").read_text(encoding="utf-8")
check("install(TARGETS starloop RUNTIME DESTINATION bin)" in cmake_lists, "CMake installs bin/starloop")

finish_args = manifest.get("finish-args", [])
check(not any(a.startswith("--share=network") for a in finish_args), "the sandbox has no network")
check("--socket=wayland" in finish_args and "--socket=fallback-x11" in finish_args, "it draws on Wayland or X11")

modules = manifest.get("modules", [])
check(len(modules) == 1 and modules[0].get("name") == "starloop",
      "one module, starloop: the runtime brings Qt 6, KF6 SyntaxHighlighting and SQLite")
module = modules[0] if modules else {}
check(module.get("buildsystem") == "cmake-ninja", "it builds with CMake and Ninja")
options = module.get("config-opts", [])
check("-DQT_MAJOR_VERSION=6" in options, "it builds the Qt 6 variant")
top = (root / "CMakeLists.txt").read_text(encoding="utf-8")
for option in options:
    name = option[2:].split("=")[0]
    if name.startswith("CMAKE_"):
        continue
    check(name in top or name in (root / "cmake" / "StarloopWarnings.cmake").read_text(encoding="utf-8"),
          f"{option} names an option of this source tree")
sources = module.get("sources", [])
paths = [s.get("path") for s in sources if s.get("type") == "dir"]
check(len(paths) == 1 and (manifest_path.parent / paths[0] / "CMakeLists.txt").exists(),
      "its source is this tree (type: dir)")

if failures:
    print(f"{len(failures)} problem(s) in {manifest_path.name}")
    sys.exit(1)
print(f"{manifest_path.name}: every offline check passed (the build itself needs flatpak-builder and the network)")
