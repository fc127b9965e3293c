"""Where `Report` lived before it moved below the engine (`mtqa.result`); kept for imports."""

from mtqa.result import JSON_SCHEMA_VERSION as JSON_SCHEMA_VERSION
from mtqa.result import Report as Report
from mtqa.result import finding_to_dict as finding_to_dict
