"""Saved pages of comment systems common on blogs and news sites, written in each platform's own
server-rendered markup around the same short article (module-level strings, importable)."""

from __future__ import annotations

import json

from tests.parse.html.pages import page

# wpDiscuz, the WordPress comment plugin: each comment a `div.wpd-comment` with its level in
# `wpd_comment_level-N`, replies nested inside it, name, date and text in `wpd-comment-*` blocks.
_WPD_COMMENT = """<div id="wpd-comm-{cid}_{parent}" class="comment {parity} depth-{level} wpd-comment{reply} wpd_comment_level-{level}">
 <div class="wpd-comment-wrap wpd-blog-guest">
  <div class="wpd-comment-left"><div class="wpd-avatar"><img alt="{name}" class="avatar avatar-64 photo" src="a.png"></div></div>
  <div id="comment-{cid}" class="wpd-comment-right">
   <div class="wpd-comment-header"><div class="wpd-comment-author">{name}</div><div class="wpd-space"></div>
    <div class="wpd-comment-link wpd-hidden"><span wpd-tooltip="Comment Link"><i class="fas fa-link"></i></span></div></div>
   <div class="wpd-comment-subheader"><div class="wpd-comment-date" title="{shown}"><i class="far fa-clock"></i> {shown}</div></div>
   <div class="wpd-comment-text"><p>{text}</p></div>
   <div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"></div><div class="wpd-vote-result" title="0">0</div><div class="wpd-vote-down wpd_not_clicked"></div></div>
    <div class="wpd-reply-button"><span>Reply</span></div><div class="wpd-space"></div></div>
  </div>
 </div>
 <div id="wpdiscuz_form_anchor-{cid}_{parent}"></div>{replies}
</div>"""


def _wpd(cid: int, parent: int, name: str, shown: str, text: str, replies: str = "") -> str:
    level = 2 if parent else 1
    return _WPD_COMMENT.format(cid=cid, parent=parent, level=level, parity="odd alt" if parent else "even",
                               reply=" wpd-reply" if parent else "", name=name, shown=shown, text=text,
                               replies=replies)


WPDISCUZ = page("""
<div id="comments" class="comments-area"><div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-1">
<div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="3"><span class="wpdtc">3</span> Comments</div></div>
<div class="wpd-form-wrap"><form class="wpd_comm_form wpd_main_comm_form" method="post"><textarea name="wc_comment" placeholder="Join the discussion"></textarea><input type="submit" value="Post Comment"></form></div>
<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-list">"""
                + _wpd(501, 0, "Mira Holt", "March 4, 2021 10:20 am",
                       "The bridge is long overdue, the ferry queues are a daily misery.",
                       _wpd(502, 501, "Tom Baker", "March 4, 2021 11:05 am",
                            "Misery is a strong word, but the queues are long in summer."))
                + _wpd(503, 0, "Lena Fox", "March 5, 2021 8:40 am",
                       "Who pays for the upkeep once it is built, the city or the county?")
                + "</div></div></div></div>")

# WordPress.com and Jetpack ("highlander" comments): the core comment list, each item also
# `highlander-comment`, and the highlander form in place of the theme's.
_HIGHLANDER_COMMENT = """<li id="comment-{cid}" class="comment byuser {parity} depth-{depth} highlander-comment">
 <article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" class="avatar avatar-34" src="g.png" height="34" width="34"><b class="fn"><a href="{site}" rel="external nofollow ugc" class="url">{name}</a></b> <span class="says">says:</span></div>
  <div class="comment-metadata"><a href="#comment-{cid}"><time datetime="{iso}">{shown}</time></a></div></footer>
  <div class="comment-content"><p>{text}</p></div>
  <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}">Reply</a></div>
 </article>{children}
</li>"""

HIGHLANDER = page("""
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on &ldquo;Council approves the new river bridge&rdquo;</h2>
<ol class="comment-list">"""
                  + _HIGHLANDER_COMMENT.format(
                      cid=71, parity="even thread-even", depth=1, site="http://annlee.wordpress.com", name="annlee",
                      iso="2021-03-04T12:10:00+00:00", shown="March 4, 2021 at 12:10 pm",
                      text="Good news for the school run across the river.",
                      children='<ol class="children">' + _HIGHLANDER_COMMENT.format(
                          cid=72, parity="bypostauthor odd alt", depth=2, site="http://dailyexample.wordpress.com",
                          name="Jane Reporter", iso="2021-03-04T13:00:00+00:00", shown="March 4, 2021 at 1:00 pm",
                          text="Thanks, the school board was at the meeting too.", children="") + "</ol>")
                  + """</ol>
<div id="respond" class="comment-respond js"><h3 id="reply-title" class="comment-reply-title">Leave a comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://dailyexample.wordpress.com/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<input type="hidden" id="highlander_comment_nonce" name="highlander_comment_nonce" value="x">
<div class="comment-form-field comment-textarea"><label for="comment">Enter your comment here...</label><div id="comment-form-comment"><textarea id="comment" name="comment" title="Enter your comment here..."></textarea></div></div>
<div id="comment-form-identity"><div id="comment-form-nascar"><p>Fill in your details below or click an icon to log in:</p></div></div>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Post Comment"></p></form></div>
</div>""", head='<link rel="stylesheet" id="all-css-0" href="https://s0.wp.com/wp-content/mu-plugins/highlander-comments/style.css" type="text/css">')

# Dreamwidth (and LiveJournal's older site schemes it was forked from): one flat run of
# `div.comment-thread.comment-depth-N`, each holding the comment `div.dwexpcomment`, its poster in
# `span.ljuser`, its time in `span.datetime`, its text in `div.comment-content`.
_DW_COMMENT = """<div class="comment-thread comment-depth-{parity} comment-depth-{depth}">
<div class="dwexpcomment" id="cmt{cid}"><div class="comment-wrapper comment-depth-{parity} comment-depth-{depth} full">
<div class="comment" id="comment-cmt{cid}"><div class="inner"><div class="header">
<div class="comment-title"><h4 class="comment-title">{subject}</h4></div>
<div class="datetime"><span class="datetime"><a title="2021-03-04 (UTC)" href="/2021/03/04/">2021-03-04</a> <a title="{time} (UTC)" href="/2021/03/04/#{cid}">{time} (UTC)</a></span></div>
<div class="poster-ip"></div>
<span class="poster comment-poster"><span lj:user="{user}" style="white-space: nowrap;" class="ljuser"><a href="https://{user}.dreamwidth.org/profile"><img src="user.png" alt="[personal profile] " width="17" height="17"></a><a href="https://{user}.dreamwidth.org/"><b>{user}</b></a></span></span>
</div><div class="contents"><div class="comment-content">{text}</div></div>
<div class="footer"><div class="inner"><ul class="comment-management-links"><li class="link commentpermalink"><a href="?thread={cid}#cmt{cid}">Link</a></li></ul>
<ul class="comment-interaction-links"><li class="link commentreply"><a href="?replyto={cid}">Reply</a></li><li class="link commentthread"><a href="?thread={cid}#cmt{cid}">Thread</a></li></ul></div></div>
</div></div></div></div></div>"""


def _dw(cid: int, depth: int, user: str, time: str, subject: str, text: str) -> str:
    return _DW_COMMENT.format(cid=cid, depth=depth, parity="odd" if depth % 2 else "even", user=user, time=time,
                              subject=subject, text=text)


DREAMWIDTH = ("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>riverwatcher: Council approves the new river bridge</title>
<meta property="og:title" content="Council approves the new river bridge"><meta property="og:site_name" content="Dreamwidth Studios"></head>
<body class="page-entry"><div id="canvas"><div class="inner"><div id="header"><h1 id="title"><span>River Notes</span></h1><h2 id="subtitle">a small town journal</h2></div>
<div id="content"><div class="inner"><div id="primary"><div class="inner">
<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-P has-userpic has-subject" id="entry-wrapper-1234">
<div class="separator separator-before"><div class="inner"></div></div><div class="entry" id="entry-1234"><div class="inner">
<div class="header"><h3 class="entry-title"><a title="Council approves the new river bridge" href="https://riverwatcher.dreamwidth.org/1234.html">Council approves the new river bridge</a></h3>
<span class="datetime"><span class="date"><a href="/2021/">2021</a>-<a href="/2021/03/">03</a>-<a href="/2021/03/04/">04</a></span> <span class="time">09:15 am</span></span>
<span class="poster entry-poster"><span lj:user="riverwatcher" class="ljuser"><a href="https://riverwatcher.dreamwidth.org/"><b>riverwatcher</b></a></span></span></div>
<div><div class="contents"><div class="inner"><div class="entry-content">
The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of argument.<br><br>
Construction is expected to begin next spring, and the council says the bridge will open within three years.<br><br>
Opponents, who had argued for a tunnel, said they would keep campaigning against the plan.</div></div></div></div>
<div class="footer"><div class="inner"><ul class="entry-management-links"><li class="link memories"><a href="#">Add to memories</a></li></ul>
<ul class="entry-interaction-links text-links"><li class="entry-readlink"><a href="#">3 comments</a></li><li class="entry-replylink"><a href="#">Reply</a></li></ul></div></div>
</div></div></div>
<div id="comments"><div class="inner">"""
              + _dw(101, 1, "ferrylover", "10:02 am", "Finally", "Finally a way across that does not depend on the weather.")
              + _dw(102, 2, "riverwatcher", "10:40 am", "Re: Finally", "The ferry will keep running until the bridge opens, they said.")
              + _dw(103, 1, "tunnelfan", "11:15 am", "(no subject)", "A tunnel would have kept the view of the old harbour.")
              + """</div></div></div></div></div></div></div></body></html>""")

# LiveJournal's current site scheme: comments are a flat run of `div.b-tree-twig-N` (N the
# level), each with a `div.b-leaf.comment`, its name in `span.b-leaf-username-name`, its time in
# `span.b-leaf-createdtime`, its text in `div.b-leaf-article`.
_LJ_COMMENT = """<div class="b-tree-twig b-tree-twig-{level}" style="margin-left:{margin}px" data-tid="t{cid}">
<div id="t{cid}" class="b-leaf b-leaf-poster comment p-comment" data-username="{user}" data-displayname="{user}" data-full="1">
<div class="b-leaf-inner"><div class="b-leaf-header"><div class="b-leaf-userpic"><span class="b-leaf-userpic-inner"><img src="u.png" alt=""></span></div>
<div class="b-leaf-details"><p class="b-leaf-username"><span class="b-leaf-username-name"><span class="ljuser i-ljuser" data-ljuser="{user}" lj:user="{user}"><a href="https://{user}.livejournal.com/" class="i-ljuser-username"><b>{user}</b></a></span></span></p>
<p class="b-leaf-meta"><a href="https://bridgewatch.livejournal.com/5678.html?thread={cid}#t{cid}" class="b-leaf-permalink"><span class="b-leaf-createdtime">{time}</span></a></p>
<ul class="b-leaf-actions"><li class="b-leaf-actions-item b-leaf-actions-permalink"><a href="#t{cid}" class="b-leaf-actions-link">Link</a></li></ul></div></div>
<div class="b-leaf-article">{text}</div>
<div class="b-leaf-footer"><ul class="b-leaf-actions"><li class="b-leaf-actions-item b-leaf-actions-reply"><a href="?replyto={cid}" class="b-pseudo">Reply</a></li><li class="b-leaf-actions-item b-leaf-actions-thread"><a href="?thread={cid}">Thread</a></li></ul></div>
</div></div></div>"""


def _lj(cid: int, level: int, user: str, time: str, text: str) -> str:
    return _LJ_COMMENT.format(cid=cid, level=level, margin=(level - 1) * 30, user=user, time=time, text=text)


LIVEJOURNAL = ("""<!DOCTYPE html><html class="html-schemius html-adaptive" lang="en"><head><meta charset="utf-8">
<title>Council approves the new river bridge: bridgewatch — LiveJournal</title>
<meta property="og:title" content="Council approves the new river bridge"><meta property="og:site_name" content="LiveJournal"></head>
<body><div class="s-header"><a href="https://www.livejournal.com/">LiveJournal</a> <a href="/shop">Shop</a> <a href="/login">Log in</a></div>
<div class="b-singlepost-wrapper"><article class="b-singlepost">
<h1 class="b-singlepost-title entry-title p-name">Council approves the new river bridge</h1>
<div class="b-singlepost-author"><span class="ljuser i-ljuser" data-ljuser="bridgewatch"><a href="https://bridgewatch.livejournal.com/profile"><b>bridgewatch</b></a></span>
<time class="b-singlepost-author-date published dt-published" datetime="2021-03-04T09:15:00">March 4th, 2021</time></div>
<div class="b-singlepost-body entry-content e-content" lang="en">
<p>The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of argument.</p>
<p>Construction is expected to begin next spring, and the council says the bridge will open within three years.</p>
<p>Opponents, who had argued for a tunnel, said they would keep campaigning against the plan.</p></div>
</article></div>
<div class="b-xylem"><div class="b-xylem-cell"><span class="b-xylem-first">3 comments</span></div></div>
<div id="comments" class="b-tree b-tree-root">"""
               + _lj(201, 1, "ferrylover", "2021-03-04 10:02 am (UTC)", "Finally a way across that does not depend on the weather.")
               + _lj(202, 2, "bridgewatch", "2021-03-04 10:40 am (UTC)", "The ferry will keep running until the bridge opens.")
               + _lj(203, 1, "tunnelfan", "2021-03-04 11:15 am (UTC)", "A tunnel would have kept the view of the old harbour.")
               + """</div><div class="s-footer"><a href="/about">About</a> <a href="/terms">Terms</a></div></body></html>""")

# Cackle's server-rendered list (its plugins print it for search engines and readers without
# scripts; the widget replaces it): `li#cackle-comment-N`, the name in `cite`, the text in
# `div.cackle-comment-message`, no dates and no nesting.
_CACKLE_COMMENT = """<li id="cackle-comment-{cid}"><div id="cackle-comment-header-{cid}" class="cackle-comment-header">
<cite id="cackle-cite-{cid}"><span id="cackle-author-user-{cid}">{name}</span></cite></div>
<div id="cackle-comment-body-{cid}" class="cackle-comment-body"><div id="cackle-comment-message-{cid}" class="cackle-comment-message">
{text}</div></div></li>"""

CACKLE = page("""<div id="mc-container"><div id="mc-content"><ul id="cackle-comments">"""
              + _CACKLE_COMMENT.format(cid=301, name="Ivan Petrov", text="Finally, the bridge we have been promised for years.")
              + _CACKLE_COMMENT.format(cid=302, name="Olga", text="And who will pay for the repairs in ten years?")
              + _CACKLE_COMMENT.format(cid=303, name="Guest", text="The ferry was more romantic, but the bridge is faster.")
              + """</ul></div></div>
<script type="text/javascript">cackle_widget = window.cackle_widget || [];cackle_widget.push({widget: 'Comment', id: 12345});
document.getElementById('mc-container').innerHTML = '';
(function() {var mc = document.createElement('script');mc.type = 'text/javascript';mc.async = true;
mc.src = ('https:' == document.location.protocol ? 'https' : 'http') + '://cackle.me/widget.js';
var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(mc, s.nextSibling);})();</script>""")


# Comment systems whose comments a script renders after the page loads: the saved page holds only
# the element they go in and the script.
SCRIPT_ONLY = {
    "squarespace": page('<div class="squarespace-comments" id="squarespace-comments-5f1a2b3c4d5e6f"></div>'
                             '<script src="//assets.squarespace.com/universal/scripts-compressed/comments-2efc61a8-min.en-US.js"></script>'),
    "hypercomments": page('<div id="hypercomments_widget"></div><script type="text/javascript">_hcwp = window._hcwp || [];'
                               '_hcwp.push({widget:"Stream", widget_id: 96963});(function() {if("HC_LOAD_INIT" in window)return;'
                               'HC_LOAD_INIT = true;var hcc = document.createElement("script");'
                               'hcc.src = "https://w.hypercomments.com/widget/hc/96963/en/widget.js";})();</script>'),
    "cackle": page('<div id="mc-container"></div><script type="text/javascript">cackle_widget = window.cackle_widget || [];'
                        "cackle_widget.push({widget: 'Comment', id: 12345});</script>"
                        '<script src="https://cackle.me/widget.js" async></script>'),
    "anycomment": page('<div id="comments" class="comments-area"><div id="anycomment-root"></div></div>'
                            '<script type="text/javascript">AnyComment = window.AnyComment || []; AnyComment.WP = [];'
                            "AnyComment.WP.push({root: 'anycomment-root'});</script>"
                            '<script async src="https://cdn.anycomment.io/assets/js/launcher.js"></script>'),
    "ghost": page('<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.12/umd/comments-ui.min.js"'
                       ' data-ghost-comments="https://blog.example.com/" data-api="https://blog.example.com/ghost/api/content/"'
                       ' data-admin="https://blog.example.com/ghost/" data-key="abc" data-post-id="63f0" data-color-scheme="auto"'
                       ' crossorigin="anonymous"></script></section>'),
}

# A Medium story: generated class names; the writer named in the byline link Medium marks
# `data-testid="authorName"` and in the JSON-LD's `creator` (no `author`); the responses are on
# a page of their own, linked.
_MEDIUM_LD = {"@context": "http://schema.org", "@type": "NewsArticle", "url": "https://medium.com/@mira/council-approves-abc123",
              "dateCreated": "2021-03-04T09:15:00.000Z", "datePublished": "2021-03-04T09:15:00.000Z",
              "dateModified": "2021-03-05T10:00:00.000Z", "headline": "Council approves the new river bridge",
              "name": "Council approves the new river bridge", "description": "The city council voted on Tuesday.",
              "identifier": "abc123", "creator": ["Mira Holt"],
              "publisher": {"@type": "Organization", "name": "Medium", "url": "https://medium.com/"},
              "mainEntityOfPage": "https://medium.com/@mira/council-approves-abc123"}

MEDIUM = f"""<!doctype html><html lang="en"><head><title>Council approves the new river bridge | by Mira Holt | Medium</title>
<meta data-rh="true" property="og:site_name" content="Medium"><meta data-rh="true" property="og:title" content="Council approves the new river bridge">
<meta data-rh="true" property="article:author" content="https://medium.com/@mira"><meta data-rh="true" name="twitter:creator" content="@mira_holt">
<script data-rh="true" type="application/ld+json">{json.dumps(_MEDIUM_LD)}</script></head><body><div id="root"><div class="a b c">
<article><div class="l"><section><div class="gn go"><h1 id="7a1b" class="pw-post-title hb hc hd" data-testid="storyTitle">Council approves the new river bridge</h1>
<div class="speechify-ignore ab cp"><div class="ab"><div class="hs ab"><a href="/@mira?source=post_page" rel="noopener follow"><img alt="Mira Holt" class="l ez" src="m.png"></a></div>
<div class="bm bg"><span class="be b bf z bj"><div class="ab q"><a class="af ag" data-testid="authorName" href="/@mira?source=post_page" rel="noopener follow">Mira Holt</a></div></span>
<span class="be b bf z dw"><div class="ab ae"><span data-testid="storyReadTime">3 min read</span><div class="jn jo l"><span>·</span></div><span data-testid="storyPublishDate">Mar 4, 2021</span></div></span></div></div></div>
<p id="1" class="pw-post-body-paragraph">The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of argument.</p>
<p id="2" class="pw-post-body-paragraph">Construction is expected to begin next spring, and the council says the bridge will open within three years.</p>
<p id="3" class="pw-post-body-paragraph">Opponents, who had argued for a tunnel, said they would keep campaigning against the plan.</p>
</div></section></div></article>
<div class="ab"><h2 class="be">Responses (2)</h2><a href="/@mira/council-approves-abc123/responses">See all responses</a></div></div></div></body></html>"""

# A Tumblr post with its notes (a theme's `{PostNotes}`): each note an `li.note`; what readers
# wrote are the replies (`li.note.reply`, the text in `span.answer_content`) and the reblogs that
# add words (`li.note.reblog.with_commentary`, the words in the `blockquote` after it); likes and
# bare reblogs are no comments.
_TUMBLR_AVATAR = '<a rel="nofollow" class="avatar_frame" target="_blank" href="https://{blog}.tumblr.com/" title="{blog}"><img src="av.png" class="avatar" alt=""></a>'
_TUMBLR_BLOG = '<a rel="nofollow" href="https://{blog}.tumblr.com/" class="tumblelog" title="{blog}">{blog}</a>'
_TUMBLR_SOURCE = '<a rel="nofollow" href="https://riverwatcher.tumblr.com/" class="source_tumblelog" title="riverwatcher">riverwatcher</a>'


def _note(kind: str, blog: str, action: str, words: str = "") -> str:
    return (f'<li class="note {kind} tumblelog_{blog}">' + _TUMBLR_AVATAR.format(blog=blog)
            + f'<span class="action">{_TUMBLR_BLOG.format(blog=blog)} {action}</span><div class="clear"></div>{words}</li>')


TUMBLR = ("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>River Notes — Council approves the new river bridge</title>
<meta property="og:site_name" content="Tumblr"><meta property="og:title" content="Council approves the new river bridge"></head>
<body><div id="container"><header><h1><a href="/">River Notes</a></h1><p class="description">a small town blog</p></header>
<div id="posts"><article class="post text" id="post-987654">
<h2 class="title"><a href="https://riverwatcher.tumblr.com/post/987654/council-approves">Council approves the new river bridge</a></h2>
<div class="body-text"><p>The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of argument.</p>
<p>Construction is expected to begin next spring, and the council says the bridge will open within three years.</p>
<p>Opponents, who had argued for a tunnel, said they would keep campaigning against the plan.</p></div>
<footer class="post-meta"><a class="date" href="https://riverwatcher.tumblr.com/post/987654">March 4th, 2021</a>
<a class="notecount" href="https://riverwatcher.tumblr.com/post/987654#notes">6 notes</a></footer>
<section id="notes"><ol class="notes">"""
          + _note("reply without_commentary", "ferrylover", 'said: <span class="answer_content">Finally a way across that does not depend on the weather.</span>')
          + _note("like without_commentary", "bridgefan", "likes this")
          + _note("reblog with_commentary", "tunnelfan", f"reblogged this from {_TUMBLR_SOURCE} and added:",
                  '<blockquote><a href="https://tunnelfan.tumblr.com/post/111" title="View post">A tunnel would have kept the view of the old harbour.</a></blockquote>')
          + _note("reblog without_commentary", "harbourlife", f"reblogged this from {_TUMBLR_SOURCE}")
          + _note("like without_commentary", "citywatch", "likes this")
          + '<li class="note original_post"><span class="action">' + _TUMBLR_BLOG.format(blog="riverwatcher")
          + ' posted this</span><div class="clear"></div></li>'
          + """</ol></section></article></div></div></body></html>""")

# JComments, Joomla's comment extension, in its tree layout: each comment a
# `div#comment-item-N` (classes `even`/`odd`) holding `div.comment-box` with `span.comment-author`,
# `span.comment-date` ("04.03.2021 10:15") and `div.comment-body`; replies in the comment's own
# `div.comments-list#comments-list-N`.
_JCOMMENT = """<div class="{parity}" id="comment-item-{cid}"><div class="rbox"><div class="comment-box usertype-guest">
<a class="comment-anchor" href="#comment-{cid}" id="comment-{cid}">#{number}</a>
<span class="comment-author">{name}</span> <span class="comment-date">{shown}</span>
<div class="comment-body" id="comment-body-{cid}">{text}</div>
<span class="comments-buttons"><a href="#" onclick="jcomments.showReply({cid}); return false;">Reply</a></span>
</div><div class="clear"></div></div>{replies}</div>"""

JCOMMENTS = page("""<div id="jc"><div id="comments"><h4>Comments <a class="rss" href="/rss" title="RSS"></a></h4>
<div class="comments-list" id="comments-list-0">"""
                 + _JCOMMENT.format(parity="even", cid=11, number=1, name="Anna", shown="04.03.2021 10:15",
                                    text="A good decision for the town, at last.",
                                    replies='<div class="comments-list" id="comments-list-11">' + _JCOMMENT.format(
                                        parity="odd", cid=12, number=2, name="Peter", shown="04.03.2021 11:40",
                                        text="Only if they keep the old ferry running as well.", replies="") + "</div>")
                 + _JCOMMENT.format(parity="even", cid=13, number=3, name="Maria", shown="05.03.2021 08:05",
                                    text="Will the bridge have a footpath on both sides?", replies="")
                 + """</div>
<div id="comments-form-link"><a id="addcomments" href="#addcomments" class="showform">Add comment</a></div></div></div>""")
