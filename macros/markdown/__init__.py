"""Python-Markdown extensions of the handbook (listed under markdown_extensions in
mkdocs.yml). They run wherever Python-Markdown renders the pages, with or without MkDocs
hooks."""
