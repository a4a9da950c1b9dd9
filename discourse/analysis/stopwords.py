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

# Function words of the other languages the pages come in, for telling a page's language and for
# keeping them out of its topics. Lower case, as `language.words` gives them; words of one or two
# letters are left out wherever topic words already drop them.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": STOPWORDS,
    "de": frozenset(
        """
        aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus
        bei beim bin bis bist da dabei dadurch dafür dagegen daher damit dann daran darauf darum das dass
        davon dazu dein deine dem den denen denn der deren des deshalb dessen die dies diese diesem diesen
        dieser dieses doch dort du durch ein eine einem einen einer eines einige einmal er es etwa etwas
        euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr
        ihre ihrem ihren ihrer im immer in ist ja jede jedem jeden jeder jedes jedoch jetzt kann kein keine
        keinem keinen keiner können könnte machen man manche mehr mein meine meinem meinen meiner mich mir
        mit muss musste nach nachdem nein nicht nichts noch nun nur ob oder ohne schon sehr sein seine
        seinem seinen seiner seit sich sie sind so soll sollte sondern sonst über um und uns unser unsere
        unter viel viele vom von vor während war waren warum was weil weiter welche welchem welchen welcher
        wenn wer werde werden wie wieder will wir wird wirklich wo wurde wurden zu zum zur zwar zwischen
        gibt geht gut ganz eben einfach gar heute mal halt wohl ins möchte natürlich nämlich wenig eigentlich
        bereits sogar daß worden kommt kommen sagen sagt wirklich vielleicht allerdings trotzdem zudem innen
        """.split()),
    "fr": frozenset(
        """
        au aux avec avait avant avez avoir ce ceci cela celle celles celui ces cet cette chez comme comment
        dans de des donc dont du elle elles en encore est et été être eux fait faire il ils je la le les
        leur leurs lui ma mais me même mes moi mon ne ni nos notre nous on ont ou où par pas peu peut plus
        pour pourquoi quand que quel quelle quelles quels qui sa sans se selon ses si son sont sous sur ta
        te tes toi ton tous tout toute toutes très tu un une vos votre vous était sera aussi bien alors
        ainsi après depuis entre ici non oui rien tant déjà fois lors cas autre autres
        """.split()),
    "es": frozenset(
        """
        al algo algunos ante antes como con contra cual cuando de del desde donde durante el ella ellas
        ellos en entre era es esa esas ese eso esos esta estaba estado estas este esto estos fue ha hay la
        las le les lo los más me mi muy nada ni no nos nosotros o otra otro para pero poco por porque que
        qué se sea ser si sido sin sobre son su sus también tanto te tiene todo todos tu un una uno unos ya
        yo
        """.split()),
    "it": frozenset(
        """
        al alla alle anche che chi ci come con cui da dal dalla degli dei del della delle di dopo due e è
        era gli ha hanno il in io la le lei lo loro lui ma mi molto nel nella non noi per perché più poi
        quando quella quelle quello questa queste questo se si sono sua sue suo suoi sul sulla tra tu un
        una uno anche ancora essere fatto stato tutti tutto
        """.split()),
    "nl": frozenset(
        """
        aan al als bij dan dat de deze die dit door een en er geen had heb hebben heeft het hier hij hoe
        hun ik in is je kan maar me meer men met mij mijn na naar niet nog nu of om omdat ons ook op over
        te tot uit van veel voor was wat we wel werd wie wij wordt worden zal ze zich zij zijn zo zou
        """.split()),
    "pl": frozenset(
        """
        aby ale bardzo bez bo by był była było być będzie co czy dla do gdy gdzie go ich ile jak jako jednak
        jego jej jest jeszcze jeśli już kiedy która które który którzy lub ma mi mnie może można na nad nas
        nawet nie niż od oraz po pod przez przy się są ta tak także tam te tego tej ten też to tu tych tylko
        tym wiele wszystko za że żeby ze we
        """.split()),
    "pt": frozenset(
        """
        ao aos as até com como da das de dela dele deles depois do dos e é ela elas ele eles em entre era
        essa esse esta está este eu foi for há isso isto já lhe mais mas me mesmo meu minha muito na não
        nas nem no nos nós num numa os ou para pela pelo por porque qual quando que quem se sem ser seu sua
        são só também te tem ter um uma você vocês ainda sobre pode todos todo
        """.split()),
}
