"""Setting a frozen, slotted instance's fields without ``object.__setattr__``.

The engine builds many frozen values on hot paths: events read back,
workflows, actions, and the value types themselves. Assigning each field
through ``object.__setattr__`` (as attrs' generated ``__init__`` does for a
frozen class) checks on every call that the class refuses assignment and
then looks the slot up again; calling the slot's own setter skips both.
"""

from __future__ import annotations

from typing import Any

__all__ = ["slot_setter", "slot_setters"]


def slot_setter(kind: type, name: str) -> Any:
    """Return the setter of slot ``name`` of ``kind`` (or of the class it inherits it from).

    Calling it costs about a third less than ``object.__setattr__``.

    Args:
        kind: A slotted class.
        name: The slot's name.

    Returns:
        The slot descriptor's ``__set__``, called as ``setter(instance, value)``.

    Raises:
        AttributeError: ``kind`` has no such slot.
    """
    for klass in kind.__mro__:
        if name in vars(klass):
            return vars(klass)[name].__set__
    raise AttributeError(f"{kind.__name__} has no slot {name!r}")


def slot_setters(kind: type, *names: str) -> tuple[Any, ...]:
    """Return the setters of several slots of ``kind``, in the order named.

    Args:
        kind: A slotted class.
        *names: The slots' names.

    Returns:
        One setter per name, as :func:`slot_setter` returns it.

    Raises:
        AttributeError: ``kind`` lacks one of the slots.
    """
    return tuple(slot_setter(kind, name) for name in names)
