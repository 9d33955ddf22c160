"""Growing a knowledge base: `jjj init` makes one, `jjj add` registers a new source text
and drafts its claims for review.

- :mod:`.newbase`: an empty knowledge base, or an editable copy of the shipped one;
- :mod:`.encoding`: a source text's bytes read as UTF-8, or the encoding it looks like;
- :mod:`.printed`: the metadata a text prints (its header, bylines, datelines, issue);
- :mod:`.drafting`: one draft claim per figure and dated event;
- :mod:`.tomlwrite`: TOML written the way curators write it;
- :mod:`.adding`: `jjj add`, which puts them together.
"""
