"""Saved thread pages of discussion platforms, written here in each platform's server-rendered
markup: what a user reads from them is each comment's author, date, text and the comment it answers."""

import pytest

from discourse.parse import read_pages
from tests.parse.html.pages import page


def read(html: str):
    return read_pages(html.encode("utf-8"), "page.html")[0]


def thread(html: str) -> list[tuple]:
    """(author, date_iso, first paragraph, parent) of each comment."""
    return [(c.author, c.date_iso, c.paragraphs[0] if c.paragraphs else None, c.parent) for c in read(html).comments.items]


HN = """<html lang="en" op="item"><head><title>Show HN: A tiny bridge simulator | Hacker News</title></head><body><center>
<table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
<a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="Show HN: A tiny bridge simulator" style="height:10px"></tr>
<tr><td><table class="fatitem" border="0">
<tr class="athing submission" id="401"><td align="right" valign="top" class="title"><span class="rank"></span></td><td class="title"><span class="titleline"><a href="https://example.org/bridge">Show HN: A tiny bridge simulator</a> <span class="sitebit comhead">(<a href="from?site=example.org"><span class="sitestr">example.org</span></a>)</span></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_401">120 points</span> by <a href="user?id=alice" class="hnuser">alice</a> <span class="age" title="2023-05-02T10:00:00"><a href="item?id=401">3 hours ago</a></span> | <a href="item?id=401">42&nbsp;comments</a></span></td></tr>
<tr style="height:2px"></tr><tr><td colspan="2"></td><td><div class="toptext">I built this over a few weekends to learn how truss bridges carry their loads.</div></td></tr>
</table><br>
<table border="0" class="comment-tree">
<tr class="athing comtr" id="402"><td><table border="0"><tr><td class="ind" indent="0"><img src="s.gif" height="1" width="0"></td><td valign="top" class="votelinks"><center><a id="up_402" href="vote?id=402&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=bob" class="hnuser">bob</a> <span class="age" title="2023-05-02T11:00:00"><a href="item?id=402">2 hours ago</a></span> <span id="unv_402"></span><span class="navs"> | <a href="#403" class="clicky">next</a> <a class="togg clicky" id="402" n="2" href="javascript:void(0)">[–]</a></span></span></div><br>
<div class="comment"><div class="commtext c00">This is lovely. How do you model the joints, pinned or rigid?<p>I tried something similar years ago.</p></div><div class="reply"><p><font size="1"><u><a href="reply?id=402&amp;goto=item%3Fid%3D401%23402">reply</a></u></font></p></div></div></td></tr></table></td></tr>
<tr class="athing comtr" id="404"><td><table border="0"><tr><td class="ind" indent="1"><img src="s.gif" height="1" width="40"></td><td valign="top" class="votelinks"></td><td class="default"><div><span class="comhead"><a href="user?id=alice" class="hnuser">alice</a> <span class="age" title="2023-05-02T11:30:00"><a href="item?id=404">1 hour ago</a></span></span></div><br>
<div class="comment"><div class="commtext c00">Pinned for now, rigid joints are on the list for the next version.</div><div class="reply"><p><font size="1"><u><a href="reply?id=404">reply</a></u></font></p></div></div></td></tr></table></td></tr>
<tr class="athing comtr" id="403"><td><table border="0"><tr><td class="ind" indent="0"><img src="s.gif" height="1" width="0"></td><td valign="top" class="votelinks"></td><td class="default"><div><span class="comhead"><a href="user?id=carol" class="hnuser">carol</a> <span class="age" title="2023-05-02T12:00:00"><a href="item?id=403">1 hour ago</a></span></span></div><br>
<div class="comment"><div class="commtext c00">Would be great to see the load paths coloured by stress in the members.</div><div class="reply"><p><font size="1"><u><a href="reply?id=403">reply</a></u></font></p></div></div></td></tr></table></td></tr>
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a></span></center></td></tr>
</table></center></body></html>"""

REDDIT = """<html><head><title>Should the city build the river bridge? : r/urbanplanning</title></head><body>
<div id="header"><a href="/">reddit</a> <span class="pagename">urbanplanning</span></div>
<div class="side"><div class="md"><p>A community for discussing planning of cities and towns everywhere.</p></div></div>
<div class="content" role="main">
<div id="siteTable" class="sitetable linklisting"><div class="thing id-t3_abc link self" data-fullname="t3_abc" data-author="dana_plans" data-type="link">
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title" href="/r/urbanplanning/comments/abc/should/">Should the city build the river bridge?</a></p>
<p class="tagline">submitted <time title="Tue May 2 10:00:00 2023 UTC" datetime="2023-05-02T10:00:00+00:00" class="live-timestamp">3 hours ago</time> by <a href="/user/dana_plans" class="author may-blank id-t2_1">dana_plans</a></p></div>
<div class="expando"><form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>Our council is voting next week on a new bridge across the river. Is a bridge better than a tunnel for a town of our size?</p></div></div></form></div></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 3 comments</span></div>
<div id="siteTable_t3_abc" class="sitetable nestedlisting">
<div class=" thing id-t1_c1 noncollapsed comment " id="thing_t1_c1" data-fullname="t1_c1" data-type="comment" data-author="bridge_fan" data-author-fullname="t2_x">
<p class="parent"><a name="c1"></a></p><div class="midcol unvoted"></div>
<div class="entry unvoted"><p class="tagline"><a href="#" class="expand">[–]</a><a href="/user/bridge_fan" class="author may-blank">bridge_fan</a><span class="userattrs"></span> <span class="score unvoted" title="12">12 points</span> <time title="Tue May 2 11:00:00 2023 UTC" datetime="2023-05-02T11:00:00+00:00" class="live-timestamp">2 hours ago</time></p>
<form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>A bridge is cheaper to build and to maintain than a tunnel of the same length.</p></div></div></form>
<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink">permalink</a></li><li><a href="#">embed</a></li><li><a href="#">save</a></li><li class="reply-button"><a href="#">reply</a></li></ul></div>
<div class="child"><div id="siteTable_t1_c1" class="sitetable listing">
<div class=" thing id-t1_c2 noncollapsed comment " id="thing_t1_c2" data-fullname="t1_c2" data-type="comment" data-author="tunnel_vision">
<p class="parent"><a name="c2"></a></p><div class="entry unvoted"><p class="tagline"><a href="#" class="expand">[–]</a><a href="/user/tunnel_vision" class="author may-blank">tunnel_vision</a> <span class="score unvoted" title="5">5 points</span> <time title="Tue May 2 11:30:00 2023 UTC" datetime="2023-05-02T11:30:00+00:00" class="live-timestamp">1 hour ago</time></p>
<form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>Cheaper, yes, but a tunnel keeps the riverside park whole for everyone.</p></div></div></form>
<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink">permalink</a></li><li class="reply-button"><a href="#">reply</a></li></ul></div>
<div class="child"></div><div class="clearleft"></div></div>
</div></div><div class="clearleft"></div></div>
<div class="clearleft"></div>
<div class=" thing id-t1_c3 noncollapsed comment " id="thing_t1_c3" data-fullname="t1_c3" data-type="comment" data-author="river_rat">
<p class="parent"><a name="c3"></a></p><div class="entry unvoted"><p class="tagline"><a href="#" class="expand">[–]</a><a href="/user/river_rat" class="author may-blank">river_rat</a> <span class="score unvoted" title="3">3 points</span> <time title="Tue May 2 12:00:00 2023 UTC" datetime="2023-05-02T12:00:00+00:00" class="live-timestamp">1 hour ago</time></p>
<form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>Whatever they pick, please add a proper cycle lane this time.</p></div></div></form>
<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink">permalink</a></li><li class="reply-button"><a href="#">reply</a></li></ul></div>
<div class="child"></div><div class="clearleft"></div></div>
</div></div></div>
<div class="footer-parent"><div class="footer"><a href="/help">help</a> Use of this site constitutes acceptance of our User Agreement.</div></div>
</body></html>"""


DISCOURSE = """<html lang="en"><head><meta charset="utf-8"><title>River bridge or tunnel? - Planning - Town Forum</title>
<meta name="generator" content="Discourse 3.1.0 - https://github.com/discourse/discourse version abc">
<meta property="og:site_name" content="Town Forum"></head><body class="crawler">
<header><a href="/"><img src="logo.png" alt="Town Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/river-bridge-or-tunnel/123">River bridge or tunnel?</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a href="/c/planning/5" class="badge-wrapper bullet" itemprop="item"><span itemprop="name">Planning</span></a></span></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="River bridge or tunnel?">
<div id="post_1" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/dana"><span itemprop="name">dana</span></a></span>
<link itemprop="mainEntityOfPage" href="/t/river-bridge-or-tunnel/123"><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2023-05-02T10:00:00Z" class="post-time">May 2, 2023, 10:00am</time><meta itemprop="dateModified" content="2023-05-02T10:00:00Z"><span itemprop="position">1</span></span></div>
<div class="post" itemprop="articleBody"><p>The council votes next week on the river crossing. Which would you choose and why, a bridge or a tunnel?</p><p>The bridge would cost less, by the council's own figures, but it would cut the riverside park in two, block the view from the old town and bring traffic to the quay.</p></div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="3"><span class="post-likes">3 Likes</span></div></div>
<div id="post_2" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/erin"><span itemprop="name">erin</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2023-05-02T11:00:00Z" class="post-time">May 2, 2023, 11:00am</time><span itemprop="position">2</span></span></div>
<div class="post" itemprop="text"><p>A bridge, because it is cheaper and can carry cyclists and walkers too.</p></div></div>
<div id="post_3" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/frank"><span itemprop="name">frank</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2023-05-02T12:00:00Z" class="post-time">May 2, 2023, 12:00pm</time><span itemprop="position">3</span></span></div>
<div class="post" itemprop="text"><p>A tunnel keeps the view of the old town from the riverside path.</p></div></div>
</div>
<div role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" class="topic-body crawler-post"><span itemprop="name"><a href="/t/river-bridge-or-tunnel/123?page=2" rel="next" itemprop="url">next page →</a></span></div>
</div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a href="/guidelines">Guidelines</a></li></ul></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</body></html>"""


PHPBB = """<html><head><title>River bridge or tunnel? - Town Forum</title><meta name="generator" content="phpBB"></head><body id="phpbb" class="section-viewtopic">
<div id="wrap"><div class="headerbar"><h1>Town Forum</h1><p>Talk about our town</p></div>
<div id="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=12">River bridge or tunnel?</a></h2>
<div class="action-bar"><a class="button" href="./posting.php?mode=reply&amp;t=12">Post Reply</a><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
<div id="p101" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile101"><dt class="has-profile-rank"><a href="./memberlist.php?u=2" class="username">dana</a></dt><dd class="profile-rank">Site Admin</dd><dd class="profile-posts"><strong>Posts:</strong> 120</dd></dl>
<div class="postbody"><div id="post_content101"><h3 class="first"><a href="#p101">River bridge or tunnel?</a></h3>
<p class="author"><a href="./viewtopic.php?p=101#p101"><span class="imageset icon_post_target"></span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?u=2" class="username">dana</a></strong> &raquo; </span><time datetime="2023-05-02T10:00:00+00:00">Tue May 02, 2023 10:00 am</time></p>
<div class="content">The council votes next week on the river crossing. Which would you choose and why, a bridge or a tunnel?</div></div></div></div></div>
<hr class="divider">
<div id="p102" class="post has-profile bg1"><div class="inner"><dl class="postprofile" id="profile102"><dt><a href="./memberlist.php?u=3" class="username">erin</a></dt><dd class="profile-posts"><strong>Posts:</strong> 14</dd></dl>
<div class="postbody"><div id="post_content102"><h3><a href="#p102">Re: River bridge or tunnel?</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?u=3" class="username">erin</a></strong> &raquo; </span><time datetime="2023-05-02T11:00:00+00:00">Tue May 02, 2023 11:00 am</time></p>
<div class="content">A bridge, because it is cheaper and can carry cyclists and walkers too.</div></div></div></div></div>
<hr class="divider">
<div id="p103" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile103"><dt><a href="./memberlist.php?u=4" class="username">frank</a></dt><dd class="profile-posts"><strong>Posts:</strong> 3</dd></dl>
<div class="postbody"><div id="post_content103"><h3><a href="#p103">Re: River bridge or tunnel?</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?u=4" class="username">frank</a></strong> &raquo; </span><time datetime="2023-05-02T12:00:00+00:00">Tue May 02, 2023 12:00 pm</time></p>
<div class="content"><blockquote><div><cite>erin wrote:</cite>A bridge, because it is cheaper</div></blockquote>A tunnel keeps the view of the old town from the riverside path.</div></div></div></div></div>
</div><div class="copyright">Powered by phpBB&reg; Forum Software &copy; phpBB Limited</div></div></body></html>"""

XENFORO = """<html><head><title>River bridge or tunnel? | Town Forum</title><meta property="og:site_name" content="Town Forum"></head><body data-template="thread_view">
<div class="p-body"><div class="p-title"><h1 class="p-title-value">River bridge or tunnel?</h1></div>
<div class="block-body js-replyNewMessageContainer">
<article class="message message--post js-post" data-author="dana" data-content="post-101" id="js-post-101" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/dana.2/" class="username" itemprop="name">dana</a></h4></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/12/post-101"><time class="u-dt" datetime="2023-05-02T10:00:00+0000" data-time="1683021600">May 2, 2023</time></a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">The council votes next week on the river crossing. Which would you choose and why, a bridge or a tunnel?</div></article></div></div></div></div></div></article>
<article class="message message--post js-post" data-author="erin" data-content="post-102" id="js-post-102">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/erin.3/" class="username">erin</a></h4></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/12/post-102"><time class="u-dt" datetime="2023-05-02T11:00:00+0000">May 2, 2023</time></a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent"><article class="message-body js-selectToQuote"><div class="bbWrapper">A bridge, because it is cheaper and can carry cyclists and walkers too.</div></article></div></div></div></div></div></article>
<article class="message message--post js-post" data-author="frank" data-content="post-103" id="js-post-103">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name"><a href="/members/frank.4/" class="username">frank</a></h4></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/12/post-103"><time class="u-dt" datetime="2023-05-02T12:00:00+0000">May 2, 2023</time></a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent"><article class="message-body js-selectToQuote"><div class="bbWrapper"><blockquote class="bbCodeBlock bbCodeBlock--quote" data-quote="erin"><div class="bbCodeBlock-title">erin said:</div><div class="bbCodeBlock-content">A bridge, because it is cheaper</div></blockquote>A tunnel keeps the view of the old town from the riverside path.</div></article></div></div></div></div></div></article>
</div></div></body></html>"""


ISSO = page("""<section id="isso-thread" data-title="Council approves the new river bridge"><h4>3 Comments</h4>
<div class="isso-root">
<div class="isso-comment" id="isso-1"><div class="isso-avatar"><svg></svg></div><div class="isso-text-wrapper">
<div class="isso-comment-header" role="meta"><span class="isso-author">Bob Builder</span><span class="isso-spacer">&bull;</span>
<a class="isso-permalink" href="#isso-1"><time title="Thu Mar 04 2021 10:00:00" datetime="2021-03-04T10:00:00Z">3 years ago</time></a><span class="isso-note"></span></div>
<div class="isso-text"><p>Finally a decision. The old ferry could not cope with the traffic any more.</p></div>
<div class="isso-comment-footer"><span class="isso-votes">2</span><a class="isso-upvote" href="#"></a><a class="isso-downvote" href="#"></a><a class="isso-reply" href="#">Reply</a></div>
<div class="isso-follow-up">
<div class="isso-comment" id="isso-2"><div class="isso-avatar"><svg></svg></div><div class="isso-text-wrapper">
<div class="isso-comment-header" role="meta"><span class="isso-author">Carol Tunnel</span><span class="isso-spacer">&bull;</span>
<a class="isso-permalink" href="#isso-2"><time title="Thu Mar 04 2021 11:00:00" datetime="2021-03-04T11:00:00Z">3 years ago</time></a></div>
<div class="isso-text"><p>The ferry was fine, it just needed a second boat at rush hour.</p></div>
<div class="isso-comment-footer"><a class="isso-reply" href="#">Reply</a></div>
<div class="isso-follow-up"></div></div></div>
</div></div></div>
<div class="isso-comment" id="isso-3"><div class="isso-avatar"><svg></svg></div><div class="isso-text-wrapper">
<div class="isso-comment-header" role="meta"><span class="isso-author">Dan Cyclist</span><span class="isso-spacer">&bull;</span>
<a class="isso-permalink" href="#isso-3"><time title="Fri Mar 05 2021 09:00:00" datetime="2021-03-05T09:00:00Z">3 years ago</time></a></div>
<div class="isso-text"><p>Will there be a separate cycle lane on the bridge this time?</p></div>
<div class="isso-comment-footer"><a class="isso-reply" href="#">Reply</a></div>
<div class="isso-follow-up"></div></div></div>
</div></section>""")

REMARK42 = page("""<div id="remark42"><div class="root"><div class="comments-counter">3 comments</div>
<div class="root__threads" role="list">
<div class="thread" role="listitem"><article class="comment comment_level_0" id="remark42__comment-a1">
<div class="comment__body"><div class="comment__info"><div class="comment__avatar"><img alt=""></div>
<span class="comment__username">Bob Builder</span><a class="comment__time" href="#remark42__comment-a1" title="3/4/2021, 10:00:00 AM">3/4/21 at 10:00 AM</a>
<span class="comment__score"><span class="comment__score-value">+2</span></span></div>
<div class="comment__text raw-content"><p>Finally a decision. The old ferry could not cope with the traffic any more.</p></div>
<div class="comment__actions"><button class="comment__action">Reply</button></div></div></article>
<div class="thread" role="listitem"><article class="comment comment_level_1" id="remark42__comment-a2">
<div class="comment__body"><div class="comment__info"><span class="comment__username">Carol Tunnel</span><a class="comment__time" href="#remark42__comment-a2" title="3/4/2021, 11:00:00 AM">3/4/21 at 11:00 AM</a></div>
<div class="comment__text raw-content"><p>The ferry was fine, it just needed a second boat at rush hour.</p></div>
<div class="comment__actions"><button class="comment__action">Reply</button></div></div></article></div>
</div>
<div class="thread" role="listitem"><article class="comment comment_level_0" id="remark42__comment-a3">
<div class="comment__body"><div class="comment__info"><span class="comment__username">Dan Cyclist</span><a class="comment__time" href="#remark42__comment-a3" title="3/5/2021, 9:00:00 AM">3/5/21 at 9:00 AM</a></div>
<div class="comment__text raw-content"><p>Will there be a separate cycle lane on the bridge this time?</p></div>
<div class="comment__actions"><button class="comment__action">Reply</button></div></div></article></div>
</div></div></div>""")

COMMENTO = page("""<div id="commento"><div class="commento-main-area" id="commento-main-area">
<div class="commento-comments" id="commento-comments-area">
<div class="commento-card" id="commento-card-a1" style="border-left: 2px solid #1e88e5">
<div class="commento-header"><div class="commento-avatar">B</div><div class="commento-name">Bob Builder</div><div class="commento-subtitle"><div class="commento-timeago" title="Thu Mar 04 2021 10:00:00 GMT+0000">3 years ago</div><div class="commento-score">2 points</div></div></div>
<div class="commento-contents"><div class="commento-body"><p>Finally a decision. The old ferry could not cope with the traffic any more.</p></div>
<div class="commento-options"><button class="commento-option-button commento-option-reply"></button></div>
<div class="commento-body-children"><div class="commento-card" id="commento-card-a2">
<div class="commento-header"><div class="commento-avatar">C</div><div class="commento-name">Carol Tunnel</div><div class="commento-subtitle"><div class="commento-timeago" title="Thu Mar 04 2021 11:00:00 GMT+0000">3 years ago</div></div></div>
<div class="commento-contents"><div class="commento-body"><p>The ferry was fine, it just needed a second boat at rush hour.</p></div><div class="commento-body-children"></div></div></div></div>
</div></div>
<div class="commento-card" id="commento-card-a3">
<div class="commento-header"><div class="commento-avatar">D</div><div class="commento-name">Dan Cyclist</div><div class="commento-subtitle"><div class="commento-timeago" title="Fri Mar 05 2021 09:00:00 GMT+0000">3 years ago</div></div></div>
<div class="commento-contents"><div class="commento-body"><p>Will there be a separate cycle lane on the bridge this time?</p></div><div class="commento-body-children"></div></div></div>
</div></div></div>""")

STATICMAN = page("""<section class="page__comments"><h4 class="page__comments-title">Comments</h4>
<article id="comment1" class="js-comment comment" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
<div class="comment__avatar-wrapper"><img class="comment__avatar" alt="Bob Builder"></div>
<div class="comment__content-wrapper"><h3 class="comment__author" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Bob Builder</span></h3>
<p class="comment__date"><a href="#comment1" itemprop="url"><time datetime="2021-03-04T10:00:00Z" itemprop="datePublished">March 4, 2021 at 10:00 AM</time></a></p>
<div itemprop="text"><p>Finally a decision. The old ferry could not cope with the traffic any more.</p></div></div></article>
<article id="comment2" class="js-comment comment" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
<div class="comment__content-wrapper"><h3 class="comment__author" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Carol Tunnel</span></h3>
<p class="comment__date"><a href="#comment2" itemprop="url"><time datetime="2021-03-04T11:00:00Z" itemprop="datePublished">March 4, 2021 at 11:00 AM</time></a></p>
<div itemprop="text"><p>The ferry was fine, it just needed a second boat at rush hour.</p></div></div></article>
</section>""")


def _vb_post(number: int, name: str, shown: str, text: str) -> str:
    """One vBulletin 4 post (`postbitlegacy`), its date in the default month-first dashed form."""
    return f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{number}">
<div class="posthead"><span class="postdate old"><span class="date">{shown}</span></span><span class="nodecontrols"><a name="post{number}" href="showthread.php?p={number}#post{number}" class="postcounter">#{number - 100}</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" href="member.php?u={number}"><strong>{name}</strong></a></div>
<span class="usertitle">Junior Member</span><dl class="userinfo_extra"><dt>Join Date</dt><dd>Jan 2020</dd><dt>Posts</dt><dd>12</dd></dl></div>
<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{number}"><blockquote class="postcontent restore ">{text}</blockquote></div></div></div></div></div>
<div class="postfoot"><span class="postcontrols"><a class="quote" href="newreply.php?do=newreply&amp;p={number}">Reply With Quote</a></span></div></li>"""

VBULLETIN = ("""<html><head><title>River bridge or tunnel?</title><meta name="generator" content="vBulletin 4.2.5"></head>
<body><div class="above_body"><div id="header"><a href="index.php"><img src="logo.png" alt="Town Forum"></a></div></div>
<div class="body_wrapper"><div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=12">River bridge or tunnel?</a></span></h1></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts">"""
 + _vb_post(101, "dana", "05-02-2023, 10:00 AM", "The council votes next week on the river crossing. Which would you choose and why, a bridge or a tunnel?")
 + _vb_post(102, "erin", "05-02-2023, 11:00 AM", "A bridge, because it is cheaper and can carry cyclists and walkers too.")
 + _vb_post(103, "frank", "05-02-2023, 12:00 PM", '<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_postedby">Originally Posted by <strong>erin</strong></div><div class="message">A bridge, because it is cheaper</div></div></div></div>A tunnel keeps the view of the old town from the riverside path.')
 + """</ol></div></div><div id="footer">Powered by vBulletin&reg; Copyright &copy; 2023 vBulletin Solutions</div></body></html>""")


def test_hacker_news_nests_by_the_indent_and_reads_the_commenter_and_the_age_title():
    page = read(HN)
    assert page.comments.source == "hacker-news"
    assert thread(HN) == [
        ("bob", "2023-05-02T11:00", "This is lovely. How do you model the joints, pinned or rigid?", None),
        ("alice", "2023-05-02T11:30", "Pinned for now, rigid joints are on the list for the next version.", 1),
        ("carol", "2023-05-02T12:00", "Would be great to see the load paths coloured by stress in the members.", None)]
    assert page.article.author == "alice"


def test_hacker_news_without_the_indent_attribute_nests_by_the_spacer_width():
    older = HN.replace(' indent="1"', "").replace(' indent="0"', "")
    assert [parent for *_, parent in thread(older)] == [None, 1, None]


def test_hacker_news_age_title_with_a_unix_time_after_it_still_dates_the_comment():
    newer = HN.replace('title="2023-05-02T11:00:00"', 'title="2023-05-02T11:00:00 1683025200"')
    assert thread(newer)[0][1] == "2023-05-02T11:00"


def test_a_date_or_a_heading_in_an_aggregator_comment_s_words_stays_text_and_dates_nothing():
    no_tooltip = HN.replace(' title="2023-05-02T11:00:00"', "").replace(
        "This is lovely.", "Posted May 1, 2023 at 10:00 am<p>This is lovely.")
    assert thread(no_tooltip)[0][1:3] == (None, "Posted May 1, 2023 at 10:00 am")
    no_age = HN.replace('<span class="age" title="2023-05-02T11:30:00"><a href="item?id=404">1 hour ago</a></span>', "").replace(
        "Pinned for now,", "March 4, 2021<p>Pinned for now,")
    assert thread(no_age)[1][1:3] == (None, "March 4, 2021")
    headed = REDDIT.replace("<p>A bridge is cheaper", "<h3>Costs</h3><p><em>May 2, 2023</em></p><p>A bridge is cheaper")
    first = read(headed).comments.items[0]
    assert (first.date_iso, first.title, first.paragraphs[:2]) == ("2023-05-02T11:00", None, ["Costs", "May 2, 2023"])


def test_old_reddit_reads_every_comment_though_its_text_sits_in_a_form():
    page = read(REDDIT)
    assert page.comments.source == "reddit"
    assert thread(REDDIT) == [
        ("bridge_fan", "2023-05-02T11:00", "A bridge is cheaper to build and to maintain than a tunnel of the same length.", None),
        ("tunnel_vision", "2023-05-02T11:30", "Cheaper, yes, but a tunnel keeps the riverside park whole for everyone.", 1),
        ("river_rat", "2023-05-02T12:00", "Whatever they pick, please add a proper cycle lane this time.", None)]
    assert all("permalink" not in " ".join(c.paragraphs) for c in page.comments.items)


_REDDIT_REPLY = """<div class=" thing id-t1_c4 noncollapsed comment " id="thing_t1_c4" data-fullname="t1_c4" data-type="comment" data-author="ferry_fan">
<div class="entry unvoted"><p class="tagline"><a href="/user/ferry_fan" class="author may-blank">ferry_fan</a> <time datetime="2023-05-02T11:45:00+00:00" class="live-timestamp">1 hour ago</time></p>
<form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>Why not keep the ferry and spend the money on the schools?</p></div></div></form></div>
<div class="child"></div><div class="clearleft"></div></div>"""


def test_old_reddit_reply_to_a_removed_comment_answers_the_comment_the_removed_one_answered():
    removed = REDDIT.replace(
        '<form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>Cheaper, yes, but a tunnel keeps the riverside park whole for everyone.</p></div></div></form>',
        "").replace('<div class="child"></div><div class="clearleft"></div></div>\n</div></div>',
                    f'<div class="child">{_REDDIT_REPLY}</div><div class="clearleft"></div></div>\n</div></div>', 1)
    assert [(author, parent) for author, _, _, parent in thread(removed)] == [
        ("bridge_fan", None), ("ferry_fan", 1), ("river_rat", None)]


def test_old_reddit_self_post_is_the_article_though_it_sits_in_a_form_with_nothing_to_fill_in():
    article = read(REDDIT).article
    assert article.title == "Should the city build the river bridge?"
    assert [p.text for p in article.paragraphs] == [
        "Our council is voting next week on a new bridge across the river. Is a bridge better than a tunnel for a "
        "town of our size?"]


def test_a_form_to_fill_in_is_still_not_the_article():
    with_reply_box = REDDIT.replace('<form class="usertext">', '<form class="usertext"><textarea name="text"></textarea>', 1)
    assert not any("Our council" in p.text for p in read(with_reply_box).article.paragraphs)


def test_discourse_crawler_view_opening_post_is_the_article_and_the_replies_its_comments():
    page = read(DISCOURSE)
    assert page.comments.source == "schema.org"
    assert page.article.author == "dana"
    assert page.article.paragraphs[0].text.startswith("The council votes next week on the river crossing.")
    assert thread(DISCOURSE) == [
        ("erin", "2023-05-02T11:00", "A bridge, because it is cheaper and can carry cyclists and walkers too.", None),
        ("frank", "2023-05-02T12:00", "A tunnel keeps the view of the old town from the riverside path.", None)]


def test_xenforo_posts_keep_their_text_beside_the_author_column_and_a_quote():
    page = read(XENFORO)
    assert page.comments.source == "forum"
    assert [(c.author, c.parent, c.paragraphs[-1]) for c in page.comments.items] == [
        ("erin", None, "A bridge, because it is cheaper and can carry cyclists and walkers too."),
        ("frank", 1, "A tunnel keeps the view of the old town from the riverside path.")]
    assert page.comments.items[1].title is None  # "erin said:" heads the quote, not the post


def test_phpbb_post_author_is_the_poster_not_the_author_of_the_quote_inside():
    page = read(PHPBB)
    assert [(c.author, c.parent, c.paragraphs[-1]) for c in page.comments.items] == [
        ("erin", None, "A bridge, because it is cheaper and can carry cyclists and walkers too."),
        ("frank", 1, "A tunnel keeps the view of the old town from the riverside path.")]
    assert page.article.paragraphs[0].text.startswith("The council votes next week")


STATIC_THREAD = [
    ("Bob Builder", "2021-03-04T10:00", "Finally a decision. The old ferry could not cope with the traffic any more.", None),
    ("Carol Tunnel", "2021-03-04T11:00", "The ferry was fine, it just needed a second boat at rush hour.", 1),
    ("Dan Cyclist", "2021-03-05T09:00", "Will there be a separate cycle lane on the bridge this time?", None)]


def test_isso_thread_nests_replies_in_the_follow_up_box():
    assert thread(ISSO) == STATIC_THREAD


def test_remark42_next_top_level_thread_box_is_no_reply_to_the_one_before():
    assert thread(REMARK42) == STATIC_THREAD


def test_commento_relative_age_is_dated_from_its_tooltip():
    assert thread(COMMENTO) == STATIC_THREAD
    assert read(COMMENTO).comments.items[0].date == "3 years ago"


def test_staticman_comments_are_read_from_their_microdata_and_leave_the_article_whole():
    page_read = read(STATICMAN)
    assert thread(STATICMAN) == [row[:3] + (None,) for row in STATIC_THREAD[:2]]
    assert page_read.article.author == "Jane Reporter"
    assert page_read.article.paragraphs[-1].text.startswith("Opponents, who had argued for a tunnel")


def test_a_forum_thread_is_signed_by_its_opening_post():
    for html in (PHPBB, XENFORO):
        article = read(html).article
        assert (article.author, article.date) == ("dana", "2023-05-02")
        assert article.provenance["author"] == "the opening post's author"


def test_vbulletin_posts_are_dated_month_first_and_answer_the_originally_posted_by_author():
    page = read(VBULLETIN)
    assert page.comments.source == "forum"
    assert [(c.author, c.date_iso, c.parent, c.paragraphs[-1]) for c in page.comments.items] == [
        ("erin", "2023-05-02T11:00", None, "A bridge, because it is cheaper and can carry cyclists and walkers too."),
        ("frank", "2023-05-02T12:00", 1, "A tunnel keeps the view of the old town from the riverside path.")]
    assert (page.article.author, page.article.date) == ("dana", "2023-05-02")


def _vb_thread(*shown: str) -> str:
    """VBULLETIN with its three posts dated as given."""
    html = VBULLETIN
    for old, new in zip(("05-02-2023, 10:00 AM", "05-02-2023, 11:00 AM", "05-02-2023, 12:00 PM"), shown):
        html = html.replace(old, new)
    return html


def test_dashed_dates_of_a_thread_read_day_first_where_one_can_only_be():
    html = _vb_thread("05-04-2021, 10:00 AM", "25-04-2021, 11:00 AM", "05-04-2021, 12:00 PM")
    assert [c.date_iso for c in read(html).comments.items] == ["2021-04-25T11:00", "2021-04-05T12:00"]


@pytest.mark.parametrize("cut", ["-", "."])
def test_dashed_and_dotted_dates_of_a_thread_read_month_first_where_one_can_only_be(cut):
    html = _vb_thread(*(shown.replace("-", cut) for shown in (
        "05-04-2021, 10:00 AM", "04-25-2021, 11:00 AM", "05-04-2021, 12:00 PM")))
    assert [c.date_iso for c in read(html).comments.items] == ["2021-04-25T11:00", "2021-05-04T12:00"]


def test_dotted_dates_of_a_thread_read_day_first_where_one_can_only_be():
    html = _vb_thread("05.04.2021, 10:00", "25.04.2021, 11:00", "05.04.2021, 12:00")
    assert [c.date_iso for c in read(html).comments.items] == ["2021-04-25T11:00", "2021-04-05T12:00"]


def _dotted_thread(lang: str, *shown: str) -> str:
    """A German theme's comment list, its comments dated as given, on a page of the given `lang` attribute."""
    items = "".join(f'<li class="comment"><div class="comment-author">{name}</div><div class="comment-date">{when}</div>'
                    f"<p>{text}</p></li>" for name, when, text in zip(("erin", "mark", "olga"), shown, (
                        "Das ist doch seit Jahren bekannt, warum passiert da nichts?",
                        "Weil niemand die Kosten tragen will, ganz einfach so ist das.",
                        "Die Stadt hätte längst bauen sollen, jetzt ist alles teurer.")))
    return page(f'<div id="comments"><h3>3 Kommentare</h3><ol class="comment-list">{items}</ol></div>').replace(
        "<html>", f"<html{lang}>", 1)


def test_dotted_dates_with_a_two_digit_year_are_no_date_where_nothing_settles_their_order():
    html = _dotted_thread("", "05.06.12 um 11:06", "07.06.12 um 09:15", "08.06.2012 um 10:00")
    assert [c.date_iso for c in read(html).comments.items] == [None, None, "2012-06-08T10:00"]


@pytest.mark.parametrize("lang, third", [(' lang="de"', "08.06.2012 um 10:00"), ("", "25.06.12 um 10:00")],
                         ids=["language", "a-date-only-day-first"])
def test_dotted_dates_with_a_two_digit_year_read_day_first_where_the_page_settles_it(lang, third):
    html = _dotted_thread(lang, "05.06.12 um 11:06", "07.06.12 um 09:15", third)
    assert [c.date_iso for c in read(html).comments.items][:2] == ["2012-06-05T11:06", "2012-06-07T09:15"]


def test_a_forum_member_s_rank_is_not_the_post_s_title():
    assert [c.title for c in read(VBULLETIN).comments.items] == [None, None]


def test_the_topic_heading_that_opens_the_page_title_is_the_title_not_the_board_s_name_in_an_h1():
    assert read(PHPBB).article.title == "River bridge or tunnel?"


def test_hacker_news_indent_in_odd_digits_reads_the_thread_flat_rather_than_failing():
    """"²" passes `isdigit` yet is no number, and `int` refuses 5,000 digits: such a level or
    spacer width says nothing, and the comments still read."""
    for odd in ("²", "9" * 5000):
        hostile = HN.replace(' indent="1"', f' indent="{odd}"').replace('width="40"', f'width="{odd}"')
        assert [author for author, *_ in thread(hostile)] == ["bob", "alice", "carol"]


def test_a_platform_mark_that_names_the_comment_itself_or_a_later_one_as_parent_marks_no_parent():
    """Broken markup can wrap a comment's own element where its parent's should be: a reply answers
    a comment shown before it, so such a mark is no parent (it made the depth lookup fail)."""
    from types import SimpleNamespace

    from discourse.parse.html.comments import _marked_parents
    from discourse.parse.html.comments.items import Found, Marked

    first, second, third = (SimpleNamespace(mem_id=number) for number in (11, 12, 13))
    found = Found("reddit", [first, second, third], marked={
        11: Marked(None, None, None, parent=11), 12: Marked(None, None, None, parent=11),
        13: Marked(None, None, None, parent=13)})
    assert _marked_parents([first, second, third], found) == [None, 0, None]
