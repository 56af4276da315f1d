"""The knowledge base of actors and places: countries, organizations, armed groups, parties, people,
cities, regions, facilities and titles, shipped as TSV files in `data/` (format: docs/knowledge-base.md).

    kb = KnowledgeBase.load()
    kb.lookup("अमरीका")      # [Record(id='USA', ...)]
    kb.search("putin", 5)    # [(Record, score), ...]
"""

from ghatna.kb.base import DATA_DIR, KnowledgeBase, user_dir
from ghatna.kb.model import SECTORS, TYPES, Record
from ghatna.kb.tsv import COLUMNS, KBError

__all__ = ["COLUMNS", "DATA_DIR", "SECTORS", "TYPES", "KBError", "KnowledgeBase", "Record", "user_dir"]
