#!/usr/bin/env python3
"""Regenerate law/lists/{laws,administrative-regulations}.json from LawRefBook/Laws.

Usage:
    python3 scripts/legal-lists.py SOURCE [--out DIR] [--supplement FILE] [--check] [--report]

SOURCE is the LawRefBook/Laws repository: either a bare git directory (such as the
mirror at /work/.mirror/LawRefBook+Laws/repo) or a checkout with a work tree. The
sqlite database alone is not enough: the database strips 中华人民共和国 from titles
(and sometimes from the middle of them), so full titles are read from the first
heading of each markdown text, which the same commit holds.

Only the python3 standard library is used (sqlite3, json); `git` is run to read a
git directory. Output depends on nothing but the source commit and the supplement
file, so the same commit gives byte-identical files.

How an item is chosen (see law/lists/README.md for the why):
  1. db rows of level 法律 whose markdown lives in one of the law-department folders
     (the db gives level 法律 to anything outside the known folders, e.g. 其他/), and
     rows of level 行政法规; the 民法典 parts become one item.
  2. rows are grouped by full title; the newest version decides (dates, expired flag).
  3. dropped: groups whose newest row has expired=1; 行政法规 whose text says a
     department (室务/部务/局务/委务会议) adopted it (a departmental rule filed
     under the wrong level); titles that an in-force text of the same or a later date
     repeals (《…》同时废止 / 即行废止), unless the repealing text is that title itself.
  4. the supplement adds, re-dates or removes items, each with the URL it rests on.
"""

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

LAW_FOLDERS = ("宪法相关法", "民法商法", "行政法", "经济法", "社会法", "刑法", "诉讼与非诉讼程序法", "民法典")
REG_FOLDERS = ("行政法规",)
CIVIL_CODE = "中华人民共和国民法典"

LISTS = {
    "laws": {
        "level": "law",
        "db_level": "法律",
        "folders": LAW_FOLDERS,
        "title": {"zh": "现行有效的法律", "en": "National laws in force"},
    },
    "administrative-regulations": {
        "level": "administrative_regulation",
        "db_level": "行政法规",
        "folders": REG_FOLDERS,
        "title": {"zh": "现行有效的行政法规", "en": "Administrative regulations in force"},
    },
}

DATE_AT_START = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日")
FILE_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\.md$")
TITLE_IN_QUOTES = re.compile(r"《([^《》]+(?:《[^《》]+》[^《》]*)*)》")
DEPARTMENT_MEETING = re.compile(r"(室务|部务|局务|委务|署务|行务)会议")
# "关于印发《…》的通知 / 劳部发〔1994〕489号": a department's normative document, not a regulation
DEPARTMENT_CIRCULAR = re.compile(r"关于印发[\s\S]*[发函字]\s*[〔［\[]\d{4}[〕］\]]\s*\d+\s*号")
REPEAL_END = re.compile(r"(同时废止|即行废止)$")
PREFIX = "中华人民共和国"


# ---------------------------------------------------------------- reading the source

class Source:
    """The LawRefBook repository, as a bare git directory or as a checkout."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        if os.path.isfile(os.path.join(self.path, "db.sqlite3")):
            self.kind = "worktree"
        elif os.path.isfile(os.path.join(self.path, "HEAD")) and os.path.isdir(os.path.join(self.path, "objects")):
            self.kind = "bare"
        elif os.path.isfile(self.path):
            sys.exit(
                f"{path}: a database file alone is not enough; pass the LawRefBook/Laws repository "
                "(the git mirror or a checkout): full titles come from its markdown texts."
            )
        else:
            sys.exit(f"{path}: not a LawRefBook/Laws repository (no db.sqlite3, not a git directory)")

    def _git(self, *args, data=None):
        if self.kind == "bare":
            cmd = ["git", "--git-dir", self.path, *args]
        else:
            cmd = ["git", "-C", self.path, *args]
        return subprocess.run(cmd, input=data, capture_output=True, check=True).stdout

    def commit(self):
        try:
            sha = self._git("rev-parse", "HEAD").decode().strip()
            date = self._git("log", "-1", "--format=%cs", "HEAD").decode().strip()
            return sha, date
        except (subprocess.CalledProcessError, FileNotFoundError):
            return None, None

    def files(self):
        if self.kind == "bare":
            out = self._git("-c", "core.quotepath=off", "ls-tree", "-r", "-z", "--name-only", "HEAD")
            return sorted(p for p in out.decode("utf-8").split("\0") if p)
        names = []
        for root, dirs, files in os.walk(self.path):
            dirs[:] = [d for d in dirs if d != ".git"]
            for f in files:
                names.append(os.path.relpath(os.path.join(root, f), self.path).replace(os.sep, "/"))
        return sorted(names)

    def read_many(self, paths):
        """path -> bytes, for every path (in one `git cat-file --batch` for a git directory)."""
        if self.kind == "worktree":
            out = {}
            for p in paths:
                with open(os.path.join(self.path, p), "rb") as fh:
                    out[p] = fh.read()
            return out
        request = "".join(f"HEAD:{p}\n" for p in paths).encode("utf-8")
        raw = self._git("cat-file", "--batch", data=request)
        out, pos = {}, 0
        for p in paths:
            nl = raw.index(b"\n", pos)
            header = raw[pos:nl].decode()
            if header.endswith("missing"):
                sys.exit(f"missing in source: {p}")
            size = int(header.split()[2])
            out[p] = raw[nl + 1: nl + 1 + size]
            pos = nl + 1 + size + 1
        return out

    def database(self):
        data = self.read_many(["db.sqlite3"])["db.sqlite3"]
        conn = sqlite3.connect(":memory:")
        try:
            conn.deserialize(data)
        except AttributeError:  # python < 3.11
            tmp = tempfile.NamedTemporaryFile(suffix=".sqlite3", delete=False)
            tmp.write(data)
            tmp.close()
            conn = sqlite3.connect(tmp.name)
        return conn


# ---------------------------------------------------------------- parsing a text

def iso(y, m, d):
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def parse_text(text):
    """Title (first heading), header events, and body of a LawRefBook markdown text."""
    head, _, body = text.partition("<!-- INFO END -->")
    title, versions, effective = None, [], []
    for line in head.split("\n"):
        line = line.strip()
        if line.startswith("# "):
            if title is None:
                title = line[2:].strip()
            continue
        m = DATE_AT_START.match(line)
        if not m:
            continue
        date = iso(*m.groups())
        rest = line[m.end():]
        if re.search(r"施行|实施|执行", rest) and not re.search(r"通过|公布|发布|修正|修订|批准|决定", rest):
            effective.append(date)
        else:
            versions.append(date)
    return title, versions, effective, body, head


def clean_title(title):
    title = title.strip().replace("\u3000", "")
    if title.startswith("《") and title.endswith("》"):
        title = title[1:-1]
    return title.replace("(", "（").replace(")", "）")


def short(title):
    return title[len(PREFIX):] if title.startswith(PREFIX) else title


def repealed_titles(body):
    """Titles that a text names as repealed by it (《…》同时废止 / 即行废止)."""
    found = []
    for sentence in re.split(r"[。；\n]", body):
        s = sentence.strip()
        if not REPEAL_END.search(s) or "中有关" in s or "中的" in s:
            continue
        found.extend(clean_title(t) for t in TITLE_IN_QUOTES.findall(s))
    return found


# ---------------------------------------------------------------- building a list

def build_list(name, spec, rows, categories, texts, log):
    folders = spec["folders"]
    versions = {}  # title -> list of version records
    for r in rows:
        if r["level"] != spec["db_level"]:
            continue
        folder = categories.get(r["category_id"], "")
        if folder.split("/")[0] not in folders:
            log.append(f"[{name}] skipped (folder {folder!r} is not a {spec['db_level']} folder): {r['name']}")
            continue
        path = find_text(r, folder, texts, folders)
        if path is None:
            log.append(f"[{name}] skipped (no text): {r['name']} {r['publish']}")
            continue
        title, events, eff_lines, body, _ = texts[path]
        title = clean_title(title)
        if folder == "民法典":
            title = CIVIL_CODE
        publish = r["publish"] or (max(events) if events else None)
        if events and publish and max(events) > publish:
            log.append(f"[{name}] promulgated from header {max(events)} (db {publish}): {title}")
            publish = max(events)
        versions.setdefault(title, []).append({
            "title": title, "path": path, "publish": publish, "expired": r["expired"],
            "valid_from": r["valid_from"] or None, "effective_lines": eff_lines, "body": body,
        })

    items = {}
    for title, vs in versions.items():
        vs.sort(key=lambda v: (v["publish"] or "", v["expired"] == 0, v["path"]))
        newest = vs[-1]
        if newest["expired"]:
            log.append(f"[{name}] dropped (db expired=1 on the newest version {newest['publish']}): {title}")
            continue
        if name == "administrative-regulations":
            header = texts[newest["path"]][4]
            if DEPARTMENT_MEETING.search(header):
                log.append(f"[{name}] dropped (adopted by a department, not the State Council): {title}")
                continue
            if DEPARTMENT_CIRCULAR.search(header) and "国务院批准" not in header:
                log.append(f"[{name}] dropped (a department's circular, not a regulation): {title}")
                continue
        effective = newest["valid_from"]
        if not effective:
            later = [d for d in newest["effective_lines"] if newest["publish"] and d >= newest["publish"]]
            effective = max(later) if later else None
        if effective and newest["publish"] and effective < newest["publish"]:
            effective = None
        items[title] = {
            "title": title, "promulgated": newest["publish"], "effective": effective,
            "source": 0, "_body": newest["body"],
        }
    return items


def find_text(r, folder, texts, folders):
    name, publish = r["name"], r["publish"]
    if folder == "民法典":
        part = r["subtitle"] or name.split(" ")[-1]
        p = f"民法典/{part}.md"
        return p if p in texts else None
    candidates = []
    if publish:
        candidates.append(f"{folder}/{name}({publish}).md")
        candidates += [f"{f}/{name}({publish}).md" for f in folders]
    candidates.append(f"{folder}/{name}.md")
    for p in candidates:
        if p in texts:
            return p
    return None


def apply_repeals(name, all_items, log, until):
    """Drop titles that an in-force text repeals. all_items: every list's items (texts
    of laws can repeal regulations and the other way round)."""
    index = {}
    for lst, items in all_items.items():
        for t, it in items.items():
            index.setdefault(short(t), []).append((lst, t))
    drops = set()
    for lst, items in all_items.items():
        for t, it in items.items():
            if it.get("effective") and it["effective"] > until:
                continue
            for target in repealed_titles(it.get("_body", "")):
                if short(target) == short(t):
                    continue  # a text repealing the earlier version of itself
                for tl, tt in index.get(short(target), []):
                    victim = all_items[tl][tt]
                    if tl != name:
                        continue
                    if victim["promulgated"] and it["promulgated"] and victim["promulgated"] > it["promulgated"]:
                        continue
                    drops.add(tt)
                    log.append(f"[{name}] dropped (repealed by 《{t}》 {it['promulgated']}): {tt}")
    for tt in drops:
        del all_items[name][tt]


# ---------------------------------------------------------------- supplement

def apply_supplement(name, items, sources, supplement, log):
    keys = {}
    for change in supplement["changes"]:
        if change["list"] != name:
            continue
        op, title = change["op"], change["title"]
        ref = supplement["sources"][change["source"]]
        if change["source"] not in keys:
            keys[change["source"]] = len(sources)
            sources.append({"name": "supplement: " + ref["name"], "url": ref["url"], "date": ref["date"], "items": 0})
        idx = keys[change["source"]]
        if op == "remove":
            if title in items:
                del items[title]
                log.append(f"[{name}] supplement removed: {title} ({change['reason']})")
            else:
                log.append(f"[{name}] supplement remove: not in list: {title}")
            continue
        if op == "add" and title in items:
            sys.exit(f"supplement adds {title}, which the source already has: use op update")
        if op == "update" and title not in items:
            sys.exit(f"supplement updates {title}, which is not in the list")
        items[title] = {
            "title": title, "promulgated": change.get("promulgated"),
            "effective": change.get("effective"), "source": idx,
        }
        log.append(f"[{name}] supplement {op}: {title} {change.get('promulgated')}")
    return sources  # a source that only supports removals gets no items and is left out by render()


# ---------------------------------------------------------------- output

def render(name, spec, items, sources):
    out_items = []
    for title in sorted(items):
        it = items[title]
        rec = {"title": title}
        if it.get("promulgated"):
            rec["promulgated"] = it["promulgated"]
        if it.get("effective"):
            rec["effective"] = it["effective"]
        rec["source"] = it["source"]
        out_items.append(rec)
    for i, s in enumerate(sources):
        s["items"] = sum(1 for r in out_items if r["source"] == i)
    used = [i for i, s in enumerate(sources) if s["items"] or i == 0]
    remap = {old: new for new, old in enumerate(used)}
    sources = [sources[i] for i in used]
    for r in out_items:
        r["source"] = remap[r["source"]]
    # the newest item, or the snapshot's date if that is newer (supplement pages' own dates do not count)
    dates = [r.get("promulgated") for r in out_items if r.get("promulgated")] + [sources[0]["date"]]
    as_of = max(dates)

    def line(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))

    parts = [
        "{",
        f'  "list": {line(name)},',
        f'  "level": {line(spec["level"])},',
        f'  "title": {line(spec["title"])},',
        f'  "asOf": {line(as_of)},',
        '  "sources": [',
        ",\n".join("    " + line(s) for s in sources),
        "  ],",
        f'  "count": {len(out_items)},',
        '  "items": [',
        ",\n".join("    " + line(r) for r in out_items),
        "  ]",
        "}",
    ]
    return "\n".join(parts) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", help="LawRefBook/Laws repository: bare git directory or checkout")
    ap.add_argument("--out", default=os.path.join(here, "..", "law", "lists"))
    ap.add_argument("--supplement", default=os.path.join(here, "legal-lists-supplement.json"))
    ap.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    ap.add_argument("--report", action="store_true", help="print what was dropped, re-dated or added, and why")
    args = ap.parse_args()

    src = Source(args.source)
    sha, commit_date = src.commit()
    with open(args.supplement, encoding="utf-8") as fh:
        supplement = json.load(fh)
    if sha is None:
        sys.exit("cannot read the source commit (is git installed, and is SOURCE a git repository?)")
    pinned = supplement.get("lawrefbook", {}).get("commit")
    if pinned and pinned != sha:
        print(f"note: source commit {sha} differs from the one the supplement was written against ({pinned})",
              file=sys.stderr)

    conn = src.database()
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute(
        "select name, level, publish, expired, valid_from, subtitle, category_id from law order by name, publish")]
    categories = {r[0]: r[1] for r in conn.execute("select id, folder from category")}

    wanted_folders = set(LAW_FOLDERS + REG_FOLDERS)
    paths = [p for p in src.files()
             if p.endswith(".md") and p.split("/")[0] in wanted_folders and not p.endswith("_index.md")]
    raw = src.read_many(paths)
    texts = {p: parse_text(b.decode("utf-8")) for p, b in raw.items()}

    log = []
    built = {name: build_list(name, spec, rows, categories, texts, log) for name, spec in LISTS.items()}
    until = supplement["repealsAppliedUntil"]
    for name in LISTS:
        apply_repeals(name, built, log, until)

    outputs = {}
    for name, spec in LISTS.items():
        sources = [{
            "name": "LawRefBook/Laws (crawled from 国家法律法规数据库 https://flk.npc.gov.cn)",
            "url": "https://github.com/LawRefBook/Laws",
            "commit": sha,
            "date": commit_date,
            "items": 0,
        }]
        items = {t: {k: v for k, v in it.items() if k != "_body"} for t, it in built[name].items()}
        sources = apply_supplement(name, items, sources, supplement, log)
        outputs[f"{name}.json"] = render(name, spec, items, sources)

    if args.report:
        print("\n".join(log))
    status = 0
    for fname, content in outputs.items():
        path = os.path.normpath(os.path.join(args.out, fname))
        if args.check:
            try:
                with open(path, encoding="utf-8") as fh:
                    same = fh.read() == content
            except FileNotFoundError:
                same = False
            print(f"{'same' if same else 'DIFFERS'}: {path}")
            status |= 0 if same else 1
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(content)
            count = json.loads(content)["count"]
            print(f"wrote {path} ({count} items)")
    return status


if __name__ == "__main__":
    sys.exit(main())
