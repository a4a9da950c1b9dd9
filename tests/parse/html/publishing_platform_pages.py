"""Whole pages of publishing platforms the dev pages do not show, each written the way the platform
prints a post and its comments (its own class names, ids, attributes, bylines and furniture), small
and with the same story: a Substack post with its discussion, a Ghost post (Casper) whose native
comments a script loads, a Medium story with its first responses, a Blogger post with threaded
comments, a Squarespace blog post with its comments rendered and a Discourse topic as the browser
shows it. `FACTS` holds what each page shows: the facts a reader expects."""

from __future__ import annotations

_P = ("The river council voted on Tuesday to approve the long-debated footbridge at Mill Lane.",
      "Construction is expected to begin next spring, and the bridge should open within three years.",
      "Opponents, who had argued for a ferry, said they would keep campaigning against the plan.",
      "The council will publish the final drawings at the library next month.")


def _paragraphs(tag: str = "p", attrs: str = "") -> str:
    return "".join(f"<{tag}{attrs}>{text}</{tag}>" for text in _P)


def _substack_comment(cid: int, name: str, when: str, iso: str, text: str, replies: str = "") -> str:
    children = f'<div class="comment-list-collapser"></div><div class="comment-list">{replies}</div>' if replies else ""
    return (f'<div class="comment-list-item"><div class="comment" id="comment-{cid}"><div class="comment-anchor"></div>'
            f'<div class="profile-img-wrap"><img alt="{name}\'s avatar" class="img"></div><div class="comment-content">'
            f'<div class="comment-meta"><span class="commenter-name"><a href="https://substack.com/profile/{cid}-x">{name}'
            f'</a></span><a class="comment-meta-item comment-date" href="https://rivernotes.substack.com/p/footbridge/'
            f'comment/{cid}" title="{iso}">{when}</a></div><div class="comment-body"><p><span>{text}</span></p></div>'
            f'<div class="comment-actions"><a class="like-button"><span class="like-count">2</span></a><a>Reply</a>'
            f"<a>Share</a></div></div></div>{children}</div>")


SUBSTACK_POST = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the Mill Lane footbridge - River Notes</title>
<meta property="og:title" content="Council approves the Mill Lane footbridge"><meta name="author" content="Mira Holt">
<link rel="canonical" href="https://rivernotes.substack.com/p/footbridge"></head><body><div id="entry"><div id="main" class="main typography">
<div class="topbar"><a href="/" class="navbar-title-link">River Notes</a><a class="button subscribe-btn" href="/subscribe">Subscribe</a><a href="/account/login">Sign in</a></div>
<article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">Council approves the Mill Lane footbridge</h1>
<h3 class="subtitle">After ten years of argument, the vote was seven to two</h3><div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@mira">Mira Holt</a></div>
<div class="pencraft pc-reset color-pub-secondary-text">Mar 4, 2024</div></div></div>
<div class="available-content"><div dir="auto" class="body markup">{_paragraphs()}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Thanks for reading River Notes! Subscribe for free to receive new posts and support my work.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div></div></div>
<div class="post-footer"><a class="post-ufi-button">4</a><a class="post-ufi-button" href="https://rivernotes.substack.com/p/footbridge/comments">3</a><a>Share</a></div></article>
<div class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comment-list"><div class="comment-list-items">
{_substack_comment(101, "Peter Hall", "Mar 4", "2024-03-04T10:12:00.000Z", "Finally! I cross at Mill Lane every day and the detour adds twenty minutes.",
                   _substack_comment(102, "Mira Holt", "Mar 4", "2024-03-04T11:30:00.000Z", "Same for many readers, Peter. The council says the old path stays open during the works."))}
{_substack_comment(103, "Anna Berg", "Mar 5", "2024-03-05T08:05:00.000Z", "A ferry would have been cheaper to run, but I can see why they chose the bridge.")}
</div></div></div></div></div></body></html>"""


GHOST_POST = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the Mill Lane footbridge</title>
<meta name="generator" content="Ghost 5.80"><link rel="canonical" href="https://rivernotes.example/footbridge/">
<meta property="og:site_name" content="River Notes"><meta property="og:type" content="article"><meta property="og:title" content="Council approves the Mill Lane footbridge">
<meta property="article:published_time" content="2024-03-04T09:15:00.000Z"><meta property="article:modified_time" content="2024-03-05T10:00:00.000Z">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Article", "publisher": {{"@type": "Organization", "name": "River Notes"}},
"author": {{"@type": "Person", "name": "Mira Holt", "url": "https://rivernotes.example/author/mira/"}}, "headline": "Council approves the Mill Lane footbridge",
"datePublished": "2024-03-04T09:15:00.000Z", "dateModified": "2024-03-05T10:00:00.000Z"}}</script></head>
<body class="post-template"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://rivernotes.example">River Notes</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://rivernotes.example/">Home</a></li><li class="nav-about"><a href="https://rivernotes.example/about/">About</a></li></ul></nav></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/town/">Town</a></span></div>
<h1 class="article-title">Council approves the Mill Lane footbridge</h1><p class="article-excerpt">After ten years of argument, the vote was seven to two.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/mira/" class="author-avatar"><img class="author-profile-image" src="/content/images/mira.jpg" alt="Mira Holt"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/mira/">Mira Holt</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-04">Mar 4, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/bridge.jpg" alt="The river at Mill Lane"><figcaption><span style="white-space: pre-wrap;">Photo by </span><a href="https://unsplash.com/@tcole">Tim Cole</a><span style="white-space: pre-wrap;"> / </span><a href="https://unsplash.com/">Unsplash</a></figcaption></figure></header>
<section class="gh-content gh-canvas">{_paragraphs()}</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://rivernotes.example/" data-api="https://rivernotes.example/ghost/api/content/" data-key="a1b2" data-title="" data-count="true" data-post-id="65e5" data-color-scheme="auto" crossorigin="anonymous"></script></section>
</article></main><aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/ferry-timetable/"><img class="post-card-image" src="/content/images/ferry.jpg" alt="Ferry"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/ferry-timetable/"><header class="post-card-header"><h2 class="post-card-title">The ferry timetable changes in May</h2></header><div class="post-card-excerpt">Two more crossings on Saturdays, one fewer on Sundays.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-02-20">Feb 20, 2024</time></footer></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://rivernotes.example">River Notes</a> &copy; 2024</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>"""


def _medium_response(rid: str, handle: str, name: str, when: str, text: str) -> str:
    return (f'<div class="ob oc od"><div class="ab q"><div class="oe"><a href="/@{handle}?source=post_page-----responses"><img alt="{name}" class="l ep" '
            f'src="https://miro.medium.com/{handle}.png" width="32" height="32"></a></div><div class="of ab og"><div class="ab"><a class="af ag" '
            f'href="/@{handle}?source=post_page-----responses"><p class="be b bf z bj">{name}</p></a></div><a class="af ag" '
            f'href="/@{handle}/{rid}?source=post_page-----responses"><p class="be b bf z dw">{when}</p></a></div></div>'
            f'<div class="oh"><pre class="oi oj">{text}</pre></div><div class="ab q ok"><div class="ab q"><button class="af ag" '
            f'aria-label="clap">3</button></div><button class="af ag" aria-label="reply">Reply</button></div></div>')


MEDIUM_POST = f"""<!doctype html><html lang="en"><head><title>Council approves the Mill Lane footbridge | by Mira Holt | Medium</title>
<meta data-rh="true" property="og:site_name" content="Medium"><meta data-rh="true" property="og:title" content="Council approves the Mill Lane footbridge">
<meta data-rh="true" property="article:author" content="https://medium.com/@mira"><meta data-rh="true" property="article:published_time" content="2024-03-04T09:15:00.000Z">
<link data-rh="true" rel="canonical" href="https://medium.com/@mira/council-approves-the-mill-lane-footbridge-3f2a1b"></head><body><div id="root"><div class="a b c">
<div class="l"><a href="/" aria-label="Homepage">Medium</a><a href="/m/signin">Sign in</a></div>
<article><div class="l"><section><div class="gn go"><h1 id="7a1b" class="pw-post-title hb hc hd" data-testid="storyTitle">Council approves the Mill Lane footbridge</h1>
<div class="speechify-ignore ab cp"><div class="ab"><a href="/@mira?source=post_page" rel="noopener follow"><img alt="Mira Holt" class="l ez" src="m.png"></a>
<div class="bm bg"><a class="af ag" data-testid="authorName" href="/@mira?source=post_page" rel="noopener follow">Mira Holt</a>
<div class="ab ae"><span data-testid="storyReadTime">2 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 4, 2024</span></div></div></div>
<div class="ab q"><div class="pw-multi-vote-count">41</div><button aria-label="responses"><span class="pw-responses-count">3</span></button></div></div>
{_paragraphs("p", ' class="pw-post-body-paragraph mv mw fq"')}</div></section></div></article>
<div class="ab cb"><h2 class="be qw qx">Responses (3)</h2>
{_medium_response("9c1", "peterhall", "Peter Hall", "Mar 4, 2024", "Finally! I cross at Mill Lane every day and the detour adds twenty minutes.")}
{_medium_response("9c2", "annaberg", "Anna Berg", "Mar 5, 2024", "A ferry would have been cheaper to run, but I can see why they chose the bridge.")}
{_medium_response("9c3", "samortiz", "Sam Ortiz", "Mar 6, 2024", "Will the bridge be wide enough for cargo bikes? The drawings do not say.")}
<a class="af ag" href="/@mira/council-approves-the-mill-lane-footbridge-3f2a1b/responses">See all responses</a></div></div></div></body></html>"""


def _blogger_comment(cid: int, name: str, millis: int, when: str, text: str, replies: str = "") -> str:
    thread = (f'<div class="comment-replies"><div id="c{cid}-rt" class="comment-thread inline-thread"><span class="thread-toggle thread-expanded">'
              f'<span class="thread-arrow"></span><span class="thread-count"><a target="_self">Replies</a></span></span>'
              f'<ol id="c{cid}-ra" class="thread-chrome thread-expanded"><div>{replies}</div><div id="c{cid}-continue" class="continue">'
              f'<a class="comment-reply" target="_self" data-comment-id="{cid}">Reply</a></div></ol></div></div>') if replies else ""
    return (f'<li class="comment" id="c{cid}"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""></div>'
            f'<div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/{cid}" rel="nofollow">'
            f'{name}</a></cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="https://rivernotes.blogspot.com/'
            f'2024/03/footbridge.html?showComment={millis}#c{cid}">{when}</a></span></div><p class="comment-content">{text}</p>'
            f'<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="{cid}">Reply</a>'
            f'</span></div>'
            f'{thread}<div class="comment-replybox-single" id="c{cid}-ce"></div></li>')


BLOGGER_POST = f"""<!DOCTYPE html><html dir="ltr" lang="en"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<title>River Notes: Council approves the Mill Lane footbridge</title><link href="https://rivernotes.blogspot.com/2024/03/footbridge.html" rel="canonical">
<meta content="Council approves the Mill Lane footbridge" property="og:title"></head><body><div class="content"><div class="header-outer"><div class="Header" id="Header1"><h1 class="title"><a href="https://rivernotes.blogspot.com/">River Notes</a></h1></div></div>
<div class="main-inner"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Monday, March 4, 2024</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting"><a name="77"></a>
<h3 class="post-title entry-title" itemprop="name">Council approves the Mill Lane footbridge</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-77" itemprop="description articleBody">{"<br><br>".join(_P)}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person">
<meta content="https://www.blogger.com/profile/7" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/7" rel="author" title="author profile"><span itemprop="name">Mira Holt</span></a></span></span>
<span class="post-timestamp">at <meta content="https://rivernotes.blogspot.com/2024/03/footbridge.html" itemprop="url"><a class="timestamp-link" href="https://rivernotes.blogspot.com/2024/03/footbridge.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2024-03-04T09:15:00-08:00">9:15 AM</abbr></a></span>
<span class="post-comment-link"></span></div></div></div>
<div class="comments threaded" id="comments"><a name="comments"></a><h4>3 comments:</h4><div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
{_blogger_comment(5011, "Peter Hall", 1709575920000, "March 4, 2024 at 10:12 AM", "Finally! I cross at Mill Lane every day and the detour adds twenty minutes.",
                  _blogger_comment(5012, "Mira Holt", 1709580600000, "March 4, 2024 at 11:30 AM", "Same for many readers, Peter. The old path stays open during the works."))}
{_blogger_comment(5013, "Anna Berg", 1709654700000, "March 5, 2024 at 8:05 AM", "A ferry would have been cheaper to run, but I can see why they chose the bridge.")}
</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">Add comment</a></div><div class="comment-replybox-thread" id="top-ce"></div>
</div></div></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/1/77" onclick="">Post a Comment</a></p></div>
</div></div></div></div></div></div></body></html>"""


def _squarespace_comment(cid: str, name: str, when: str, text: str, replies: str = "") -> str:
    nested = f'<div class="comment-replies">{replies}</div>' if replies else ""
    return (f'<div class="comment-wrapper" data-comment-id="{cid}"><div class="comment"><div class="comment-header"><div class="comment-header-inner">'
            f'<a class="comment-avatar"><img src="/universal/images-v6/default-avatar.png" alt=""></a><div class="comment-info"><span class="comment-author">{name}</span>'
            f'<span class="comment-timestamp">{when}</span></div></div></div><div class="comment-body"><p>{text}</p></div>'
            f'<div class="comment-actions"><span class="comment-like"><a class="like-count">Like</a></span><span class="comment-reply"><a>Reply</a></span>'
            f'<span class="comment-flag"><a>Flag</a></span></div></div>{nested}</div>')


SQUARESPACE_POST = f"""<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Council approves the Mill Lane footbridge &mdash; River Notes</title>
<link rel="canonical" href="https://www.rivernotes.example/journal/footbridge"><meta property="og:site_name" content="River Notes">
<meta property="og:title" content="Council approves the Mill Lane footbridge &mdash; River Notes"><meta itemprop="datePublished" content="2024-03-04T09:15:00-0500">
<meta itemprop="author" content="Mira Holt"></head><body class="view-item collection-type-blog"><header id="header" class="header"><div class="header-title"><a href="/">River Notes</a></div>
<nav class="header-nav"><a href="/journal">Journal</a><a href="/about">About</a></nav></header><main id="page" role="main"><article class="BlogItem hentry" data-item-id="65e5">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title" data-content-field="title">Council approves the Mill Lane footbridge</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5f1a" class="blog-author">Mira Holt</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published blog-meta-item--date" datetime="2024-03-04">March 4, 2024</time></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">{_paragraphs("p", ' class=""')}</div></div></div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments sqs-comments-1" id="squarespace-comments-65e5"><div class="comments-wrapper"><div class="header-controls"><div class="comment-count">3 Comments</div>
<div class="sort-control"><span>Newest</span><span>Oldest</span></div></div><div class="comments-content">
{_squarespace_comment("c1", "Peter Hall", "March 4, 2024", "Finally! I cross at Mill Lane every day and the detour adds twenty minutes.",
                      _squarespace_comment("c2", "Mira Holt", "March 4, 2024", "Same for many readers, Peter. The old path stays open during the works."))}
{_squarespace_comment("c3", "Anna Berg", "March 5, 2024", "A ferry would have been cheaper to run, but I can see why they chose the bridge.")}
</div></div></div></div></article></main><footer class="footer"><p>&copy; River Notes</p></footer>
<script src="https://assets.squarespace.com/universal/scripts-compressed/comments-2efc61a8-min.en-US.js"></script></body></html>"""


def _discourse_post(number: int, handle: str, name: str, millis: int, title: str, text: str, reply_to: str = "") -> str:
    tab = (f'<div class="reply-to-tab" tabindex="0" aria-label="in reply to {reply_to}"><svg class="fa d-icon d-icon-share"></svg>'
           f'<img alt="" width="24" height="24" src="/user_avatar/{reply_to}.png" class="avatar"><span>{reply_to}</span></div>') if reply_to else ""
    return (f'<div class="topic-post clearfix {"topic-owner" if number == 1 else "regular"}" data-post-number="{number}"><article id="post_{number}" aria-label="post #{number} by @{handle}" role="region" '
            f'data-post-id="{200 + number}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">'
            f'<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/{handle}" data-user-card="{handle}"><img alt="" '
            f'src="/user_avatar/{handle}.png" title="{name}" class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" class="topic-meta-data">'
            f'<div class="names trigger-user-card"><span class="first username"><a href="/u/{handle}" data-user-card="{handle}">{handle}</a></span>'
            f'<span class="second full-name"><a href="/u/{handle}" data-user-card="{handle}">{name}</a></span></div><div class="post-infos">{tab}'
            f'<div class="post-info post-date"><a class="post-date" href="/t/mill-lane-footbridge/7/{number}" '
            f'data-post-number="{number}"><span title="{title}" data-time="{millis}" class="relative-date">Mar \'24</span></a></div></div></div>'
            f'<div class="regular contents"><div class="cooked">{text}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">'
            f'<button class="widget-button btn-flat like" title="like this post"></button><button class="widget-button btn-flat reply create" '
            f'title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>')


DISCOURSE_TOPIC = f"""<!DOCTYPE html><html lang="en" class="desktop-view"><head><meta charset="utf-8"><title>Council approves the Mill Lane footbridge - Town matters - River Forum</title>
<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 3.2.0"><link rel="canonical" href="https://forum.rivernotes.example/t/mill-lane-footbridge/7">
<meta property="og:title" content="Council approves the Mill Lane footbridge"></head><body><section id="main"><div class="d-header-wrap"><header class="d-header"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/logo.png" alt="River Forum"></a></div></header></div>
<div id="main-outlet" class="wrap"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="7"><a href="/t/mill-lane-footbridge/7" class="fancy-title">Council approves the Mill Lane footbridge</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/town/5"><span class="badge-category__name">Town matters</span></a></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic"><div class="posts-wrapper"><div class="post-stream">
{_discourse_post(1, "mira", "Mira Holt", 1709543700000, "Mar 4, 2024 9:15 am", _paragraphs())}
{_discourse_post(2, "peter", "Peter Hall", 1709547120000, "Mar 4, 2024 10:12 am", "<p>Finally! I cross at Mill Lane every day and the detour adds twenty minutes.</p>")}
{_discourse_post(3, "anna", "Anna Berg", 1709625900000, "Mar 5, 2024 8:05 am", "<p>A ferry would have been cheaper to run, but I can see why they chose the bridge.</p>", reply_to="peter")}
</div></div></section></div></div></div></section>
</body></html>"""


# What each page shows: title, author, ISO date, the body's first and last sentences, the declared count
# (None where the page states none), and each comment's author and parent (1-based, None at the top).
FACTS = {
    "substack": ("Council approves the Mill Lane footbridge", "Mira Holt", "2024-03-04", _P[0], _P[-1], None,
                 [("Peter Hall", None), ("Mira Holt", 1), ("Anna Berg", None)]),
    "ghost": ("Council approves the Mill Lane footbridge", "Mira Holt", "2024-03-04", _P[0], _P[-1], None, []),
    "medium": ("Council approves the Mill Lane footbridge", "Mira Holt", "2024-03-04", _P[0], _P[-1], 3,
               [("Peter Hall", None), ("Anna Berg", None), ("Sam Ortiz", None)]),
    "blogger": ("Council approves the Mill Lane footbridge", "Mira Holt", "2024-03-04", _P[0], _P[-1], 3,
                [("Peter Hall", None), ("Mira Holt", 1), ("Anna Berg", None)]),
    "squarespace": ("Council approves the Mill Lane footbridge", "Mira Holt", "2024-03-04", _P[0], _P[-1], 3,
                    [("Peter Hall", None), ("Mira Holt", 1), ("Anna Berg", None)]),
    "discourse": ("Council approves the Mill Lane footbridge", "mira", "2024-03-04", _P[0], _P[-1], None,
                  [("peter", None), ("anna", 1)]),
}
PAGES = {"substack": SUBSTACK_POST, "ghost": GHOST_POST, "medium": MEDIUM_POST, "blogger": BLOGGER_POST,
         "squarespace": SQUARESPACE_POST, "discourse": DISCOURSE_TOPIC}
