"""The exception type io raises for input the user has to fix: a core `UserError` that can also say
which choice would fix it.

`InputError` stays as a second name for the same class, so the many io modules that raise it need
no churn; new code writes `UserError`.
"""

from desktop_crm.core.errors import UserError

InputError = UserError

__all__ = ["InputError", "UserError"]
