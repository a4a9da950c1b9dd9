"""Compact English word lists, written here so no NLTK data is needed.

STOPWORDS are function words and filler that carry no topic. COMMON_WORDS are everyday
content words: they do carry meaning, but appear on almost any page, so key terms
computed without a corpus weigh them down (see `topics.key_terms`).
"""

from __future__ import annotations

STOPWORDS = frozenset(
    """
    a about above across after afterwards again against ago all almost alone along already
    also although always am among amongst an and another any anybody anyhow anyone anything
    anyway anywhere are aren't around as at away be became because become becomes becoming
    been before beforehand behind being below beside besides between beyond both but by can
    can't cannot could couldn't did didn't do does doesn't doing don't done down during each
    either else elsewhere enough especially etc even ever every everybody everyone everything
    everywhere except few for former formerly from further furthermore had hadn't has hasn't
    have haven't having he he'd he'll he's hence her here here's hers herself him himself his
    how how's however i i'd i'll i'm i've ie eg e.g i.e if in indeed instead into is isn't it
    it'd it'll it's its itself just last least less let let's lot lots many may maybe me
    meanwhile might mine more moreover most mostly much must mustn't my myself namely neither
    never nevertheless next no nobody none noone nor not nothing now nowhere of off often oh ok
    okay on once one ones only onto or other others otherwise ought our ours ourselves out over
    own per perhaps please quite rather really same shall shan't she she'd she'll she's should
    shouldn't since so some somebody somehow someone something sometime sometimes somewhat
    somewhere still such than that that's the their theirs them themselves then thence there
    there's thereafter thereby therefore therein these they they'd they'll they're they've this
    those though through throughout thru thus to together too toward towards under unless
    until up upon us very via was wasn't we we'd we'll we're we've were weren't what what's
    whatever when whence whenever where where's whereas whereby wherever whether which while
    whilst who who's whoever whole whom whose why why's will with within without won't would
    wouldn't yeah yes yet you you'd you'll you're you've your yours yourself yourselves
    two three four five six seven eight nine ten
    """.split()
)

COMMON_WORDS = frozenset(
    """
    able actually agree area article ask asked away bad believe best better big bit came case
    certainly change come comes comment comments day days different doing easy end example fact
    far feel felt find first get gets getting give given go goes going gone good got great
    group guess hand happen happened hard help high hope idea important interesting issue keep
    kind know known large later like likely little long look looking made make makes making man
    matter mean means men mind new nice number old part people person place point post
    possible pretty probably problem put read real reason right said say saying says second
    see seem seems seen sense set show side simply small sort start stop story sure take taken
    talk tell thank thanks thing things think thinking thought time times today true try trying
    understand use used using want wanted wants way ways week well went women word words work
    world wrong year years
    """.split()
)
