"""A readable terminal view of an Article (`ghatna extract --format pretty`)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from ghatna.schema import Article


def render_article(article: Article, console: Console) -> None:
    src = article.source
    head = [f"[bold]{escape(src.title or '(untitled)')}[/bold]"]
    facts = [
        ("source", src.path), ("published", src.published and src.published.isoformat()),
        ("site", src.site), ("byline", src.byline), ("dateline", src.dateline),
    ]
    head += [f"[dim]{k}:[/dim] {escape(str(v))}" for k, v in facts if v]
    head.append(
        f"[dim]{len(article.sentences)} sentences · {len(article.entities)} entities · "
        f"{len(article.events)} events · {len(article.quotes)} quotes · {len(article.times)} times · "
        f"{len(article.removed)} removed[/dim]"
    )
    console.print(Panel("\n".join(head), title=f"ghatna · {article.id[:12]}", expand=True))

    sentences = Table(show_header=False, box=None, padding=(0, 1))
    sentences.add_column(justify="right", style="dim")
    sentences.add_column()
    for i, s in enumerate(article.sentences):
        sentences.add_row(str(i), escape(s.text))
    console.print(sentences)

    if article.entities:
        table = Table("entity", "type", "English", "country", "mentions", title="Entities")
        for e in article.entities:
            table.add_row(escape(e.name), e.type, escape(e.name_en or ""), e.country or "", str(len(e.mentions)))
        console.print(table)
    if article.events:
        names = {e.id: e.name_en or e.name for e in article.entities}
        table = Table("type", "source", "target", "date", "trigger", title="Events")
        for ev in article.events:
            table.add_row(
                ev.type, escape(names.get(ev.source or "", "")), escape(names.get(ev.target or "", "")),
                ev.date or "", escape(ev.trigger.text),
            )
        console.print(table)
    if article.quotes:
        names = {e.id: e.name_en or e.name for e in article.entities}
        table = Table("speaker", "quote", "direct", title="Quotes")
        for q in article.quotes:
            table.add_row(escape(names.get(q.speaker or "", "?")), escape(q.text), "yes" if q.direct else "")
        console.print(table)
    if article.times:
        table = Table("time", "value", "kind", title="Times")
        for t in article.times:
            table.add_row(escape(t.text), t.value, t.kind)
        console.print(table)
    if article.removed:
        table = Table("reason", "removed text", title="Removed as boilerplate", title_style="dim")
        for r in article.removed:
            table.add_row(r.reason, escape(" ".join(r.text.split())[:100]))
        console.print(table)
