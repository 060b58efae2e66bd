"""A Griffe extension that lets mkdocstrings read followup_rules as written.

Used by ``mkdocs.yml`` only; nothing here is shipped. It does two things to
the objects Griffe has loaded, before mkdocstrings renders them:

1. The value classes are attrs classes, whose ``__init__`` attrs writes at
   import time, so static analysis finds no signature and their ``Args:``
   sections would name parameters that "do not exist". For each attrs class
   the extension adds an ``__init__`` built from the real signature (names,
   kinds, defaults), typed with the annotations written in the class body.
2. The docstrings use a few reST roles (:class:, :meth:, :data: ...). Each
   becomes a Markdown cross-reference when its target is part of the public
   API, and plain code otherwise, so no role shows up raw on the site; a
   reST literal block (``Example::`` and an indented block) becomes a
   fenced Python code block.
3. Private base classes (``_Stamped``) are left out of "Bases:".
"""

from __future__ import annotations

import enum
import inspect
import re
import sys
from pathlib import Path
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|meth|func|data|attr|exc|mod|obj):`(~?)([\w.]+)`")
# A reST literal block: a paragraph ending in "::", a blank line, an indented block.
_LITERAL = re.compile(
    r"^(?P<lead>[^\n]*?)::\n\n(?P<block>(?:(?: {4}[^\n]*)?\n)*(?: {4}[^\n]*))", re.M
)
_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: griffe.ParameterKind.positional_only,
    inspect.Parameter.POSITIONAL_OR_KEYWORD: griffe.ParameterKind.positional_or_keyword,
    inspect.Parameter.VAR_POSITIONAL: griffe.ParameterKind.var_positional,
    inspect.Parameter.KEYWORD_ONLY: griffe.ParameterKind.keyword_only,
    inspect.Parameter.VAR_KEYWORD: griffe.ParameterKind.var_keyword,
}


def _fence(match: re.Match[str]) -> str:
    lead = match.group("lead").rstrip()
    code = "\n".join(line[4:] for line in match.group("block").split("\n"))
    return f"{lead}:\n\n```python\n{code}\n```" if lead else f"```python\n{code}\n```"


def _is_private_base(base: str | griffe.Expr) -> bool:
    return str(base).rsplit(".", 1)[-1].startswith("_")


def _is_attrs_class(cls: griffe.Class) -> bool:
    for decorator in cls.decorators:
        value = decorator.value
        path = value.canonical_path if isinstance(value, griffe.Expr) else str(value)
        if path.startswith(("attrs.", "attr.")):
            return True
    return False


def _default_text(value: Any) -> str:
    # An enum member reads better as it is written in code than as its repr.
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


def _annotation(cls: griffe.Class, name: str) -> str | griffe.Expr | None:
    # attrs strips leading underscores from private fields' parameter names.
    for candidate in (name, f"_{name}"):
        member = cls.all_members.get(candidate)
        if member is not None and member.is_attribute:
            return member.annotation
    return None


def _add_attrs_init(cls: griffe.Class) -> None:
    # Import the class from the sources Griffe read, installed or not
    # (dynamic_import replaces sys.path, so the rest of it is passed on).
    package_file = cls.package.filepath
    roots = [package_file.parent.parent] if isinstance(package_file, Path) else []
    try:
        runtime = griffe.dynamic_import(f"{cls.module.path}.{cls.name}", [*roots, *sys.path])
        signature = inspect.signature(runtime)
    except (ImportError, AttributeError, TypeError, ValueError):
        return
    parameters = griffe.Parameters(
        griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword),
        *(
            griffe.Parameter(
                parameter.name,
                annotation=_annotation(cls, parameter.name),
                kind=_KINDS[parameter.kind],
                default=None
                if parameter.default is inspect.Parameter.empty
                else _default_text(parameter.default),
            )
            for parameter in signature.parameters.values()
        ),
    )
    init = griffe.Function("__init__", parameters=parameters, returns="None")
    cls.set_member("__init__", init)


class FollowupRulesDocs(griffe.Extension):
    """Synthesise attrs signatures and turn reST roles into cross-references."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the package once it is fully loaded.

        Args:
            pkg: The loaded package.
            **kwargs: Whatever else Griffe passes.
        """
        if pkg.path != "followup_rules":
            return
        public = self._public_targets(pkg)
        objects = self._walk(pkg)
        for obj in objects:
            if obj.is_class and _is_attrs_class(obj) and "__init__" not in obj.members:
                _add_attrs_init(obj)
            if obj.docstring is not None:
                obj.docstring.value = _LITERAL.sub(_fence, obj.docstring.value)
                obj.docstring.value = _ROLE.sub(
                    lambda match, obj=obj: self._reference(match, obj, pkg, public),
                    obj.docstring.value,
                )
        # Only now, once every signature is built from the inherited
        # annotations: private base classes are not part of the API.
        for obj in objects:
            if obj.is_class:
                obj.bases = [base for base in obj.bases if not _is_private_base(base)]

    @staticmethod
    def _walk(module: griffe.Object) -> list[griffe.Object]:
        found: list[griffe.Object] = []
        pending: list[griffe.Object] = [module]
        while pending:
            obj = pending.pop()
            found.append(obj)
            pending.extend(member for member in obj.members.values() if not member.is_alias)
        return found

    @staticmethod
    def _public_targets(pkg: griffe.Module) -> dict[str, str]:
        """Map the real path of every name in ``__all__`` to its public path."""
        targets: dict[str, str] = {}
        for name in pkg.exports or ():
            member = pkg.members.get(str(name))
            if member is None:
                continue
            try:
                real = member.target_path if member.is_alias else member.path
            except griffe.AliasResolutionError:
                continue
            targets[real] = f"{pkg.path}.{name}"
        return targets

    @staticmethod
    def _reference(
        match: re.Match[str], obj: griffe.Object, pkg: griffe.Module, public: dict[str, str]
    ) -> str:
        short, target = match.group(1), match.group(2)
        shown = target.rsplit(".", 1)[-1] if short else target
        head, _, rest = target.partition(".")
        try:
            resolved = obj.resolve(head) + (f".{rest}" if rest else "")
        except griffe.NameResolutionError:
            return f"`{shown}`"
        public_path = None
        for real, path in public.items():
            if resolved == real or resolved.startswith(f"{real}."):
                public_path = path + resolved[len(real) :]
                break
        if public_path is None and resolved.startswith(f"{pkg.path}."):
            public_path = resolved
        if public_path is None or any(
            part.startswith("_") and not part.startswith("__")
            for part in public_path.split(".")[1:]
        ):
            return f"`{shown}`"
        try:
            found = pkg[public_path.split(".", 1)[1]]
            # mkdocstrings renders no member without a docstring (an attrs
            # field, say), so there would be no anchor to link to.
            rendered = found.docstring is not None
        except (KeyError, griffe.AliasResolutionError):
            return f"`{shown}`"
        return f"[`{shown}`][{public_path}]" if rendered else f"`{shown}`"
