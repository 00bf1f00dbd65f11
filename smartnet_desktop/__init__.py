"""SmartNet Desktop: the event desk for network meetings of towns, regions and public bodies."""

__version__ = "0.1.0"
