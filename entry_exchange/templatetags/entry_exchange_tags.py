from django import template

from .. import report

register = template.Library()


@register.filter
def report_summary(value):
    return report.summary(value)


@register.filter
def action_label(value):
    return report.action_label(value)
