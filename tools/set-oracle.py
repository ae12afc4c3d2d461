#!/usr/bin/env python3
"""Checks `modelcard set` on real cards against an independent YAML reader (PyYAML, as huggingface_hub uses).

For every README given, runs `set` for the model name, a new tag, base_model and the licence on a
copy, then compares the front matter as PyYAML reads it before and after: everything but the edited
key must be equal, and every changed line must carry the old or the new value. Prints one line per
failure and the counts. Optional tooling (needs python3 with PyYAML); not part of `mvn verify`.

    python3 tools/set-oracle.py target/modelcard-studio.jar src/test/resources/realcards/hub/*.md
"""
import difflib, os, re, shutil, subprocess, sys, tempfile
import yaml

# huggingface_hub's repocard.py, documented there as the Hub server's pattern
HUB = re.compile(r"^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))")


def front(text):
    m = HUB.search(text)
    if not m:
        return None
    try:
        data = yaml.safe_load(m.group(2))
    except yaml.YAMLError:
        return "broken"
    return data if isinstance(data, dict) else "broken"


def without(data, key):
    data = dict(data)
    data.pop(key, None)
    if key == "model-index":
        pass
    return data


def names_out(index):
    if not isinstance(index, list):
        return index
    return [{k: v for k, v in e.items() if k != "name"} if isinstance(e, dict) else e for e in index]


def main():
    jar, files = sys.argv[1], sys.argv[2:]
    counts = {"cards": 0, "edits": 0, "ok": 0, "refused": 0, "failed": 0, "skipped": 0}
    for path in files:
        text = open(path, encoding="utf-8-sig", newline="").read()
        data = front(text)
        counts["cards"] += 1
        if data == "broken" or data is None:
            counts["skipped"] += 1  # broken or no front matter: metadata edits are refused or create one
            continue
        tags = data.get("tags") or []
        tags = [tags] if isinstance(tags, str) else [str(t) for t in tags if t is not None]
        edits = [("details.name", "Renamed Model", "model-index"), ("tags", ",".join(tags + ["edited-by-studio"]), "tags"),
                 ("base_model", "org/base-model", "base_model"), ("license", "mit", "license")]
        for field, value, key in edits:
            counts["edits"] += 1
            work = tempfile.mkdtemp()
            copy = os.path.join(work, "README.md")
            shutil.copyfile(path, copy)
            run = subprocess.run(["java", "-jar", jar, "set", copy, field + "=" + value], capture_output=True, text=True)
            after_text = open(copy, encoding="utf-8-sig", newline="").read()
            shutil.rmtree(work)
            if run.returncode == 2 and after_text == text:
                counts["refused"] += 1
                print(f"refused  {os.path.basename(path)} {field}: {run.stderr.strip()[:200]}")
                continue
            after = front(after_text)
            problems = []
            if not isinstance(after, dict):
                problems.append("front matter unreadable after the edit")
            else:
                b, a = without(data, key), without(after, key)
                if key == "model-index" or "model-index" in data:
                    b["model-index"], a["model-index"] = names_out(data.get("model-index")), names_out(after.get("model-index"))
                if key != "model-index" and "model-index" in data:
                    b["model-index"], a["model-index"] = data.get("model-index"), after.get("model-index")
                if b != a:
                    problems.append("other metadata changed: " + ", ".join(sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))))
            carriers = [value, key, "edited-by-studio", "Renamed Model", "name"] + [str(data.get(key) or "")]
            for line in difflib.unified_diff(text.splitlines(), after_text.splitlines(), lineterm="", n=0):
                if line.startswith(("---", "+++", "@@")):
                    continue
                content = line[1:].strip()
                if content and not content.startswith(("- ", "#")) and not any(c and c in content for c in carriers):
                    problems.append("unrelated line changed: " + line[:120])
            if run.returncode not in (0, 1) or problems:
                counts["failed"] += 1
                print(f"FAILED   {os.path.basename(path)} {field}: exit {run.returncode}; " + "; ".join(problems[:3]))
            else:
                counts["ok"] += 1
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
