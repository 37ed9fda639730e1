"""Every message the core gives the user is a marked template, so the window can translate it.

The core's errors carry an English template with named fields (``claimtracker.core.errors``);
the window translates the template found by lupdate through ``QT_TRANSLATE_NOOP``. A message
built with an f-string, ``.format()``, ``%`` or ``+``, or a plain string never marked, would
reach a Spanish analyst in English. The source of ``claimtracker/core`` is read as a syntax
tree: every construction of a ``ClaimTrackerError`` subclass or of a ``Note`` (a message that
is not an error) must get a marked template with every field it names, the places that hold
notes for the window (``warnings``, ``notice``) must get notes rather than text, and every
command's undo text must be marked in context ``Commands``.

A template may also come through a variable that only ever holds marked templates, a
function parameter (then every call in the core must pass a marked template; so must every
call of a function with a parameter named ``template``), a dictionary of marked templates, or
a function that returns a ``Note`` (whose own notes are checked). Passing on a template kept
elsewhere (an attribute, an entry of some data) is allowed only where :data:`PASSED_ON` says
why.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "claimtracker" / "core"
BASE = ("claimtracker.core.errors", "ClaimTrackerError")
NOTE = ("claimtracker.core.errors", "Note")  # a message that is not an error: checked alike

# Keyword arguments of error constructors that are not fields of the message.
NOT_FIELDS = {"ConflictError": {"theirs", "mine", "version"}}

# Where the core keeps notes for the window (an import's warnings, a database's notice): text
# built there, instead of a Note, would reach the window in English.
NOTE_PLACES = {"warning", "warnings", "notice"}

# (file, function) -> why a template kept elsewhere is passed on there unchecked.
PASSED_ON = {
    ("claimtracker/core/errors.py", "from_file"): (
        "the same refusal again, naming its file: its template was checked where it was made"
    ),
    ("claimtracker/core/errors.py", "__init__"): (
        "a refusal made of a note made before takes that note's template"
    ),
    ("claimtracker/core/exporters/validation.py", "describe"): (
        "a refusal of the export's schema keeps its template in pydantic's error context; "
        "every call of interchange_schema.refusal() is checked (its parameter is `template`)"
    ),
}

ANY = ""  # a template accepted without knowing its text (its fields cannot be checked here)
CONSTRUCTORS = {"__init__", "__new__"}


@dataclass(frozen=True)
class Module:
    name: str
    shown: str  # the path from the top of the project
    tree: ast.Module


def core_modules(folder: Path = CORE) -> dict[str, Module]:
    modules = {}
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(folder.parents[1]).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        shown = str(path.relative_to(folder.parents[1]))
        modules[name] = Module(name, shown, ast.parse(path.read_text(encoding="utf-8")))
    return modules


def local_names(module: Module) -> dict[str, tuple[str, str]]:
    """What a module's names stand for: ``from x import Y`` and its own definitions."""
    names: dict[str, tuple[str, str]] = {}
    for node in ast.walk(module.tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    for node in module.tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef):
            names[node.name] = (module.name, node.name)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] = (module.name, target.id)
    return names


def _marked_call(node: ast.AST, context: str) -> str | None:
    """The template of ``QT_TRANSLATE_NOOP(context, "…")``, or None if ``node`` is not one."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
    ):
        return None
    given, text = node.args[0].value, node.args[1].value  # type: ignore[attr-defined]
    return text if given == context else None


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    arguments = function.args
    return [a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)]


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


class Audit:
    """Finds the messages of the core that are not marked templates."""

    def __init__(self, folder: Path = CORE) -> None:
        self.modules = core_modules(folder)
        self.scopes = {name: local_names(m) for name, m in self.modules.items()}
        self.parents = {
            name: {c: n for n in ast.walk(m.tree) for c in ast.iter_child_nodes(n)}
            for name, m in self.modules.items()
        }
        self.checked = self.error_classes() | {NOTE}
        self.problems: list[str] = []
        # Parameters that carry a template: (module, line of the function, parameter). A
        # constructor's callers are the constructions, checked as such.
        self.functions = {
            (name, f.lineno): f for name, m in self.modules.items() for f in _functions(m.tree)
        }
        self.carriers: set[tuple[str, int, str]] = {
            (name, line, "template")
            for (name, line), f in self.functions.items()
            if "template" in _parameters(f) and f.name not in CONSTRUCTORS
        }

    # -- what names stand for ---------------------------------------------------------------

    def resolve(self, qualified: tuple[str, str]) -> tuple[str, str]:
        seen = set()
        while qualified not in seen and qualified[0] in self.scopes:
            seen.add(qualified)
            target = self.scopes[qualified[0]].get(qualified[1])
            if target is None or target == qualified:
                break
            qualified = target
        return qualified

    def error_classes(self) -> set[tuple[str, str]]:
        """Every ``ClaimTrackerError`` subclass of the core, as (module, class name)."""
        found = {BASE}
        grown = True
        while grown:
            grown = False
            for module in self.modules.values():
                scope = self.scopes[module.name]
                for node in ast.walk(module.tree):
                    if not isinstance(node, ast.ClassDef) or (module.name, node.name) in found:
                        continue
                    for base in node.bases:
                        if (
                            isinstance(base, ast.Name)
                            and base.id in scope
                            and self.resolve(scope[base.id]) in found
                        ):
                            found.add((module.name, node.name))
                            grown = True
        return found

    def definition(self, module: Module, name: str) -> ast.AST | None:
        """The module-level definition (function, or value assigned) ``name`` stands for."""
        qualified = self.scopes[module.name].get(name)
        if qualified is None:
            return None
        owner, defined = self.resolve(qualified)
        if owner not in self.modules:
            return None
        for node in self.modules[owner].tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == defined:
                return node
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == defined for t in node.targets
            ):
                return node.value
        return None

    def constructed(self, module: Module, call: ast.Call) -> str | None:
        """The class name if ``call`` makes an error or a note."""
        name = call.func.id if isinstance(call.func, ast.Name) else None
        qualified = self.scopes[module.name].get(name) if name else None
        if qualified is not None and self.resolve(qualified) in self.checked:
            return name
        return None

    def where(self, module: Module, node: ast.AST) -> str:
        return f"{module.shown}:{getattr(node, 'lineno', '?')}"

    def functions_around(self, module: Module, node: ast.AST) -> list[ast.AST]:
        """The functions ``node`` is in, innermost first."""
        around = []
        parents = self.parents[module.name]
        while node in parents:
            node = parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                around.append(node)
        return around

    # -- what a message can be --------------------------------------------------------------

    def templates(
        self, module: Module, node: ast.AST, at: ast.AST, depth: int = 0
    ) -> Iterator[str | None]:
        """The templates ``node`` (inside ``at``) can hold; None for one that is not marked."""
        text = _marked_call(node, "Core")
        if text is not None:
            yield text
        elif isinstance(node, ast.IfExp):
            yield from self.templates(module, node.body, at, depth)
            yield from self.templates(module, node.orelse, at, depth)
        elif isinstance(node, ast.Name) and depth < 5:
            yield from self.variable(module, node, at, depth)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            table = self.definition(module, node.value.id)
            if isinstance(table, ast.Dict) and table.values:
                for value in table.values:
                    yield from self.templates(module, value, at, depth + 1)
            else:
                yield self.passed_on(module, at)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            made = self.definition(module, node.func.id)
            returns = getattr(made, "returns", None)
            if isinstance(returns, ast.Name | ast.Constant) and "Note" in (
                getattr(returns, "id", None),
                getattr(returns, "value", None),
            ):
                yield ANY  # its notes are checked where it makes them
            else:
                yield None
        elif isinstance(node, ast.Attribute):
            yield self.passed_on(module, at)
        else:
            yield None

    def returned(
        self, module: Module, call: ast.AST, index: int, depth: int
    ) -> Iterator[str | None]:
        """The templates at ``index`` of the tuples a function of the core returns."""
        made = (
            self.definition(module, call.func.id)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
            else None
        )
        if not isinstance(made, ast.FunctionDef):
            yield None
            return
        for node in ast.walk(made):
            if isinstance(node, ast.Return):
                value = node.value
                if isinstance(value, ast.Tuple) and index < len(value.elts):
                    yield from self.templates(module, value.elts[index], value, depth)
                else:
                    yield None

    def passed_on(self, module: Module, at: ast.AST) -> str | None:
        for function in self.functions_around(module, at):
            if (module.shown, function.name) in PASSED_ON:  # type: ignore[attr-defined]
                return ANY
        return None

    def variable(
        self, module: Module, node: ast.Name, at: ast.AST, depth: int
    ) -> Iterator[str | None]:
        """What a variable is assigned in its function; for a parameter, what every call in
        the core passes (checked in :meth:`check_carriers`)."""
        for function in self.functions_around(module, at):
            assert isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
            values = [
                n.value
                for n in ast.walk(function)
                if isinstance(n, ast.Assign | ast.AnnAssign)
                and n.value is not None
                and any(
                    isinstance(t, ast.Name) and t.id == node.id
                    for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                )
            ]
            unpacked = [
                (n.value, [_last_name(e) for e in t.elts].index(node.id))
                for n in ast.walk(function)
                if isinstance(n, ast.Assign)
                for t in n.targets
                if isinstance(t, ast.Tuple) and node.id in [_last_name(e) for e in t.elts]
            ]
            if values or unpacked:
                for value in values:
                    yield from self.templates(module, value, value, depth + 1)
                for value, index in unpacked:
                    yield from self.returned(module, value, index, depth + 1)
                return
            if node.id in _parameters(function):
                if function.name not in CONSTRUCTORS:
                    self.carriers.add((module.name, function.lineno, node.id))
                yield ANY
                return
        yield None

    # -- the checks -------------------------------------------------------------------------

    def check_constructions(self, module: Module) -> None:
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call):
                continue
            made = self.constructed(module, node)
            if made is None:
                continue
            message = node.args[0] if node.args else None
            if message is None:
                self.problems.append(f"{self.where(module, node)}: {made} without a message")
                continue
            not_fields = NOT_FIELDS.get(made, set())
            given = {k.arg for k in node.keywords if k.arg is not None} - not_fields
            spread = any(k.arg is None for k in node.keywords)  # **fields: checked elsewhere
            for template in self.templates(module, message, node):
                if template is None:
                    self.problems.append(
                        f"{self.where(module, node)}: {made}({_kind(message)}) is not a "
                        'QT_TRANSLATE_NOOP("Core", …) template'
                    )
                    continue
                missing = _fields(template) - given
                if missing and not spread:
                    self.problems.append(
                        f"{self.where(module, node)}: {template!r} names {sorted(missing)}, "
                        "not given"
                    )

    def check_carriers(self) -> None:
        """Every call of a function whose parameter carries a template passes a marked one."""
        done: set[tuple[str, int, str]] = set()
        while self.carriers - done:
            carrier = sorted(self.carriers - done)[0]
            done.add(carrier)
            owner, line, parameter = carrier
            function = self.functions[(owner, line)]
            function_name = function.name
            names = _parameters(function)
            method = bool(names) and names[0] in ("self", "cls")
            for module in self.modules.values():
                for call in ast.walk(module.tree):
                    if not isinstance(call, ast.Call) or _called_name(call) != function_name:
                        continue
                    if isinstance(call.func, ast.Name):
                        target = self.scopes[module.name].get(function_name)
                        if target is not None and self.resolve(target) != (owner, function_name):
                            continue
                        if target is None and module.name != owner:
                            continue
                    elif module.name != owner:
                        continue  # a method of the same name elsewhere
                    given = self.argument(call, names, parameter, method)
                    if given is None:
                        continue
                    for template in self.templates(module, given, call):
                        if template is None:
                            self.problems.append(
                                f"{self.where(module, call)}: {function_name}() is given "
                                f'{_kind(given)} for `{parameter}`, not a QT_TRANSLATE_NOOP("Core",'
                                " …) template"
                            )

    @staticmethod
    def argument(call: ast.Call, names: list[str], parameter: str, method: bool) -> ast.AST | None:
        for keyword in call.keywords:
            if keyword.arg == parameter:
                return keyword.value
        position = names.index(parameter) - (1 if method else 0)
        if 0 <= position < len(call.args) and not any(
            isinstance(a, ast.Starred) for a in call.args[: position + 1]
        ):
            return call.args[position]
        return None

    def check_note_places(self, module: Module) -> None:
        for node in ast.walk(module.tree):
            values: list[ast.AST] = []
            if isinstance(node, ast.Call) and _called_name(node) == "append":
                owner = node.func.value  # type: ignore[attr-defined]
                if _last_name(owner) in NOTE_PLACES:
                    values += node.args
            elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(_last_name(t) in NOTE_PLACES for t in targets):
                    values.append(node.value)
            elif isinstance(node, ast.keyword) and node.arg in NOTE_PLACES:
                values.append(node.value)
            for value in values:
                if _builds_text(value):
                    self.problems.append(
                        f"{self.where(module, value)}: {_kind(value)} instead of a Note"
                    )

    def check_command_texts(self, module: Module) -> None:
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.ClassDef):
                continue
            methods = {s.name for s in node.body if isinstance(s, ast.FunctionDef)}
            if not {"do", "undo"} <= methods:
                continue  # not a command
            for statement in node.body:
                if (
                    isinstance(statement, ast.AnnAssign)
                    and isinstance(statement.target, ast.Name)
                    and statement.target.id == "text"
                    and statement.value is not None
                    and _marked_call(statement.value, "Commands") is None
                ):
                    self.problems.append(
                        f"{self.where(module, statement)}: the undo text of {node.name} is not "
                        'QT_TRANSLATE_NOOP("Commands", …)'
                    )

    def run(self) -> list[str]:
        for module in self.modules.values():
            self.check_constructions(module)
            self.check_note_places(module)
            self.check_command_texts(module)
        self.check_carriers()
        return list(dict.fromkeys(self.problems))


def _last_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _builds_text(node: ast.AST) -> bool:
    """Whether ``node`` makes a string of its own: a literal, an f-string, ``+``, ``%`` or
    ``.format()``."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    if isinstance(node, ast.BinOp):
        return _builds_text(node.left) or _builds_text(node.right)
    if isinstance(node, ast.IfExp):
        return _builds_text(node.body) or _builds_text(node.orelse)
    if isinstance(node, ast.Call):
        return _called_name(node) == "format"
    return False


def _kind(node: ast.AST) -> str:
    if isinstance(node, ast.JoinedStr):
        return "f-string"
    if isinstance(node, ast.Constant):
        return "plain string"
    if isinstance(node, ast.BinOp):
        return "concatenation" if isinstance(node.op, ast.Add) else "% formatting"
    if isinstance(node, ast.Call):
        called = _called_name(node)
        return ".format()" if called == "format" else f"{called}(…)"
    return type(node).__name__


def _fields(template: str) -> set[str]:
    names = set()
    for _literal, field, _spec, _conversion in string.Formatter().parse(template):
        if field is not None:
            names.add(field.split(".")[0].split("[")[0])
    return names


def problems(folder: Path = CORE) -> list[str]:
    return Audit(folder).run()


def test_every_message_of_the_core_is_a_marked_template_with_its_fields():
    assert problems() == []


def test_the_check_finds_what_it_is_meant_to_find(tmp_path):
    core = tmp_path / "claimtracker" / "core"
    core.mkdir(parents=True)
    (core / "errors.py").write_text(
        "class ClaimTrackerError(Exception): ...\n"
        "class UserError(ClaimTrackerError): ...\n"
        "class Note(str): ...\n"
        "def QT_TRANSLATE_NOOP(context, text): return text\n"
    )
    (core / "other.py").write_text(
        "from claimtracker.core.errors import QT_TRANSLATE_NOOP, UserError, Note\n"
        "class Refused(UserError): ...\n"
        "def f(name, template, fine):\n"
        "    built = f'{name} is bad'\n"
        "    raise UserError(f'no article {name}')\n"
        "    raise UserError('plain text')\n"
        "    raise UserError('{} x'.format(name))\n"
        "    raise UserError('a ' + name)\n"
        "    raise Refused(built)\n"
        "    raise UserError(QT_TRANSLATE_NOOP('Core', 'no {id}'))\n"
        "    raise UserError(QT_TRANSLATE_NOOP('Actions', 'wrong context'))\n"
        "    raise UserError(QT_TRANSLATE_NOOP('Core', 'a {x}') if name else 'b', x=1)\n"
        "    raise UserError(QT_TRANSLATE_NOOP('Core', 'fine {id}'), id=name)\n"
        "    raise UserError(template, **fine)\n"
        "    raise fine\n"
        "class Step:\n"
        "    text: str = 'New claim'\n"
        "    def do(self): ...\n"
        "    def undo(self): ...\n"
        "class Marked(Step):\n"
        "    text: str = QT_TRANSLATE_NOOP('Commands', 'New claim')\n"
        "    def do(self): ...\n"
        "    def undo(self): ...\n"
        "class Row:\n"
        "    text: str = 'a column, not a command'\n"
        "def g(article, decoded, warnings):\n"
        "    warnings.append(f'encoding guessed as {decoded}')\n"
        "    article.warnings.append(decoded.warning)\n"
        "    article.notice = 'a snapshot is shown'\n"
        "    warnings.append(Note(QT_TRANSLATE_NOOP('Core', 'guessed {e}'), e=decoded))\n"
        "    warnings.append(Note('not marked'))\n"
        "    f('x', QT_TRANSLATE_NOOP('Core', 'passed on'), {})\n"
        "    f('x', 'never marked', {})\n"
        "    raise UserError(article.template)\n"
        "TABLE = {'a': QT_TRANSLATE_NOOP('Core', 'from a table')}\n"
        "def h(key):\n"
        "    raise UserError(TABLE[key])\n"
        "def pair(ok):\n"
        "    if ok:\n"
        "        return QT_TRANSLATE_NOOP('Core', 'fine'), {}\n"
        "    return 'unmarked', {}\n"
        "def k():\n"
        "    template, fields = pair(True)\n"
        "    raise UserError(template, **fields)\n"
    )
    found = problems(core)
    lines = sorted(int(p.split(":")[1]) for p in found)
    assert lines == [5, 6, 7, 8, 9, 10, 11, 12, 17, 27, 29, 31, 33, 34, 44], found
    assert any("f-string" in p for p in found)
    assert any("names ['id'], not given" in p for p in found)
    assert any("undo text of Step" in p for p in found)
    assert any("f() is given plain string for `template`" in p for p in found)
