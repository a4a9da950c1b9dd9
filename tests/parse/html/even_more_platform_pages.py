"""Saved thread pages of forum engines and CMS comment lists, each written in the software's own
server-rendered markup (class names and nesting as its templates print them), around the same
short discussion of a river bridge (module-level strings, importable)."""

from __future__ import annotations

from tests.parse.html.pages import page

OPENING = ("The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of "
           "argument. Construction is expected to begin next spring.")
# (poster, the time as the engine prints it, ISO time, words) of the three replies to the opening post.
REPLIES = [("Mira Holt", "10:20", "The bridge is long overdue, the ferry queues are a daily misery for everyone."),
           ("Tom Baker", "11:05", "Misery is a strong word, but the queues are long in summer and the fares keep rising."),
           ("Lena Fox", "11:50", "Who pays for the upkeep once it is built, the city or the county council?")]
TITLE = "Council approves the new river bridge"


def _thread_page(head: str, body_attributes: str, posts: str, before: str = "", after: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head>'
            f'<body {body_attributes}>{before}{posts}{after}</body></html>')


# Simple Machines Forum 2.1 (Themes/default/Display.template.php): each message a `div.windowbg`
# with id `msgN`, the poster's name in `div.poster h4`, the time in the `a.smalltext` of `div.postinfo`,
# the words in `div.post > div.inner`.
_SMF_POST = """<div class="windowbg" id="msg{mid}">
 <div class="post_wrapper">
  <div class="poster"><h4><span class="off" title="Offline"></span> <a href="https://forum.example/index.php?action=profile;u={uid}" title="View the profile of {name}">{name}</a></h4>
   <ul class="user_info"><li class="membergroup">Newbie</li><li class="postgroup">Jr. Member</li><li class="postcount">Posts: 42</li><li class="avatar"><img class="avatar" src="av.png" alt=""></li></ul></div>
  <div class="postarea">
   <div class="keyinfo">
    <div id="subject_{mid}" class="subject_title subject_hidden"><a href="https://forum.example/index.php?msg={mid}">{subject}</a></div>
    {counter}<div class="postinfo"><span class="messageicon"><img src="xx.png" alt=""></span>
     <a href="https://forum.example/index.php?topic=7.msg{mid}#msg{mid}" rel="nofollow" title="{title}" class="smalltext">March 04, 2021, {time}:00 AM</a>
     <span class="spacer"></span><span class="smalltext modified floatright" id="modified_{mid}"></span></div>
    <div id="msg_{mid}_quick_mod"></div>
   </div>
   <div class="post"><div class="inner" data-msgid="{mid}" id="msg_{mid}">{text}</div></div>
   <div class="under_message"><ul class="floatleft"><li class="smflikebutton" id="msg_{mid}_likes"><a href="#" class="msg_like"><span class="main_icons like"></span> Like</a></li></ul>
    <div class="quickbuttons_wrap"><ul class="quickbuttons"><li><a href="#"><span class="main_icons quote"></span>Quote</a></li></ul></div></div>
  </div>
  <div class="moderatorbar"></div>
 </div>
</div>
<hr class="post_separator">"""


def _smf_post(number: int, name: str, time: str, text: str) -> str:
    subject = TITLE if number == 0 else f"Re: {TITLE}"
    return _SMF_POST.format(mid=100 + number, uid=number + 1, name=name, subject=subject, time=time, text=text,
                            title=f"Reply #{number} - {subject}" if number else subject,
                            counter=f'<span class="page_number floatright">#{number}</span>' if number else "")


SMF = _thread_page(
    '<meta name="description" content="Council approves the new river bridge">',
    'id="chrome" class="action_display board_2"',
    "".join(_smf_post(i, name, time, text) for i, (name, time, text)
            in enumerate([("Jane Reporter", "09:15", OPENING), *REPLIES])),
    before="""<div id="footerfix"><div id="header"><h1 class="forumtitle"><a id="top" href="https://forum.example/index.php">Riverside Forum</a></h1></div>
<div id="wrapper"><div id="upper_section"><div class="navigate_section"><ul><li><a href="/index.php"><span>Riverside Forum</span></a></li><li><a href="/index.php?board=2.0"><span>Town matters</span></a></li><li class="last"><a href="/index.php?topic=7.0"><span>Council approves the new river bridge</span></a></li></ul></div></div>
<div id="content_section"><div id="main_content_section">
<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">Council approves the new river bridge</span></h2><p>Started by Jane Reporter, March 04, 2021, 09:15:00 AM</p></div>
<div id="forumposts"><form action="/index.php?action=quickmod2;topic=7.0" method="post" name="quickModForm" id="quickModForm">""",
    after="""</form></div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul><li class="copyright"><a href="https://www.simplemachines.org" title="Simple Machines Forum" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li></ul></div></div></div>""")

# MyBB 1.8 (its postbit template): each post a `div.post` with id `post_N` after an anchor `pidN`,
# the poster in `div.post_author span.largetext a`, the time in `span.post_date`, the words in
# `div.post_body#pid_N`.
_MYBB_POST = """<a name="pid{pid}" id="pid{pid}"></a>
<div class="post " style="" id="post_{pid}">
<div class="post_author">
 <div class="author_avatar"><a href="member.php?action=profile&amp;uid={uid}"><img src="images/default_avatar.png" alt="" width="55" height="55"></a></div>
 <div class="author_information"><strong><span class="largetext"><a href="member.php?action=profile&amp;uid={uid}">{name}</a></span></strong><br>
  <span class="smalltext">Member<br><img src="images/star.png" border="0" alt="*"><br></span></div>
 <div class="author_statistics">Posts: 42<br>Threads: 3<br>Joined: Jan 2020<br>Reputation: 0</div>
</div>
<div class="post_content">
 <div class="post_head"><div class="float_right" style="vertical-align: top"><strong><a href="showthread.php?tid=7&amp;pid={pid}#pid{pid}" title="{subject}">#{number}</a></strong></div>
  <span class="post_date">03-04-2021, {time} AM <span class="post_edit" id="edited_by_{pid}"></span></span></div>
 <div class="post_body scaleimages" id="pid_{pid}">{text}</div>
 <div class="post_meta" id="post_meta_{pid}"></div>
</div>
<div class="post_controls"><div class="postbit_buttons author_buttons float_left"><a href="private.php?action=send&amp;uid={uid}" title="Send a private message to this user" class="postbit_pm"><span>PM</span></a></div>
 <div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=7&amp;replyto={pid}" title="Quote this message in a reply" class="postbit_quote postbit_mirage"><span>Reply</span></a></div></div>
</div>"""

MYBB = _thread_page(
    "", "",
    "".join(_MYBB_POST.format(pid=200 + i, uid=i + 1, number=i + 1, name=name, time=time, text=text,
                              subject=TITLE if i == 0 else f"RE: {TITLE}")
            for i, (name, time, text) in enumerate([("Jane Reporter", "09:15", OPENING), *REPLIES])),
    before="""<div id="container"><div id="header"><div id="logo"><div class="wrapper"><a href="index.php"><img src="images/logo.png" alt="Riverside Forum" title="Riverside Forum"></a></div></div></div>
<div id="content"><div class="wrapper"><div class="navigation"><a href="index.php">Riverside Forum</a> &rsaquo; <a href="forumdisplay.php?fid=2">Town matters</a> &rsaquo; <span class="active">Council approves the new river bridge</span></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div><strong>Council approves the new river bridge</strong></div></td></tr></table>
<div id="posts_container"><div id="posts">""",
    after="""</div></div></div></div>
<div id="footer"><div class="lower"><div class="wrapper"><span id="copyright">Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2021 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</span></div></div></div></div>""")

# Invision Community 4 (its forums topic template): each post an `article.cPost.ipsComment` with id
# `elComment_N`, the poster in `aside.cAuthorPane h3.cAuthorPane_author`, the time in the `time` of
# `div.ipsComment_meta`, the words in `div[data-role=commentContent]`; the body names the page's
# module and controller in `data-pageModule`/`data-pageController`.
_IPS_POST = """<a id="comment-{cid}"></a>
<article id="elComment_{cid}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
 <aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
  <h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="https://forum.example/profile/{uid}-x/" data-ipsHover data-ipsHover-target="https://forum.example/profile/{uid}-x/?do=hovercard" title="Go to {name}'s profile" class="ipsType_break">{name}</a></strong></h3>
  <ul class="cAuthorPane_info ipsList_reset"><li data-role="group">Members</li><li class="ipsType_light"><a href="#" title="42 posts" class="ipsType_blendLinks"><i class="fa fa-comment"></i> 42</a></li></ul>
 </aside>
 <div class="ipsColumn ipsColumn_fluid ipsMargin:none">
  <div id="comment-{cid}_wrap" data-controller="core.front.core.comment" data-commentApp="forums" data-commentType="forums" data-commentID="{cid}" class="ipsComment_content ipsType_medium">
   <div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
    <div class="ipsType_light ipsType_blendLinks ipsFlex-flex:11"><p class="ipsType_reset ipsType_medium ipsType_light">Posted <a href="https://forum.example/topic/7-x/?do=findComment&amp;comment={cid}" rel="nofollow"><time datetime="2021-03-04T{time}:00Z" title="03/04/2021 {time}  AM" data-short="4 yr">March 4, 2021</time></a></p></div>
   </div>
   <div class="cPost_contentWrap">
    <div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages"><p>{text}</p></div>
   </div>
   <div class="ipsItemControls"><ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li data-ipsQuote-editor="topic_comment"><a href="#" data-action="quoteComment" data-ipsQuote-singleQuote><span>Quote</span></a></li></ul></div>
  </div>
 </div>
</article>"""

INVISION = _thread_page(
    '<meta property="og:title" content="Council approves the new river bridge"><meta property="og:type" content="website">',
    'class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-message="" '
    'data-pageApp="forums" data-pageLocation="front" data-pageModule="forums" data-pageController="topic" data-pageID="7"',
    "".join(_IPS_POST.format(cid=300 + i, uid=i + 1, name=name, time=time, text=text)
            for i, (name, time, text) in enumerate([("Jane Reporter", "09:15", OPENING), *REPLIES])),
    before="""<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container"><a href="https://forum.example/" id="elLogo" accesskey="1"><img src="logo.png" alt="Riverside Forum"></a></div></header></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper"><div id="ipsLayout_mainArea">
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>Council approves the new river bridge</span></span></h1></div></div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11"><p class="ipsType_reset ipsType_blendLinks">By <a href="https://forum.example/profile/1-x/" class="ipsType_break">Jane Reporter</a>, <time datetime="2021-03-04T09:15:00Z" title="03/04/2021 09:15  AM" data-short="4 yr">March 4, 2021</time></p></div></div></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-baseURL="https://forum.example/topic/7-x/" data-feedID="topic-7" class="cTopic ipsClear ipsSpacer_top">
<div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsClear">
<form action="https://forum.example/topic/7-x/?csrfKey=x&amp;do=multimodComment" method="post" data-ipsPageAction data-role="moderationTools">""",
    after="""</form></div></div></div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><p id="elCopyright"><span id="elCopyright_userLine">Riverside Forum</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>""")

# Discuz! X3 (template/default/forum/viewthread_node.htm): each post a `div#post_N` holding
# `table#pidN.plhin`, the poster in `div.authi a.xw1`, the time in `em#authorpostonN` ("发表于"),
# the words in `td.t_f#postmessage_N`; the generator meta names the software.
_DISCUZ_POST = """<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="space-uid-{uid}.html" target="_blank" class="xw1">{name}</a></div></div>
<div><div class="avatar"><a href="space-uid-{uid}.html" class="avtm" target="_blank"><img src="avatar.php?uid={uid}&amp;size=middle"></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="#" class="xi2">3</a></p>主题</th><th><p><a href="#" class="xi2">42</a></p>帖子</th><td><p><a href="#" class="xi2">120</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=10">新手上路</a></em></p></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=7&amp;pid={pid}" id="postnum{pid}"><em>{number}</em><sup>#</sup></a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif"> <em id="authorposton{pid}">发表于 2021-3-4 {time}</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=7&amp;page=1&amp;authorid={uid}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">{text}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"></td></tr><tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=7&amp;repquote={pid}">回复</a></em></div></div></td></tr>
</table></div>"""

DISCUZ = _thread_page(
    '<meta name="generator" content="Discuz! X3.4"><meta name="author" content="Discuz! Team and Comsenz UI Team">',
    'id="nv_forum" class="pg_viewthread"',
    "".join(_DISCUZ_POST.format(pid=400 + i, uid=i + 1, number=i + 1, name=name, time=time, text=text)
            for i, (name, time, text) in enumerate([("Jane Reporter", "09:15", OPENING), *REPLIES])),
    before="""<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="Riverside Forum"><img src="logo.png" alt="Riverside Forum" border="0"></a></h2></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">Riverside Forum</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=2">Town matters</a> <em>&rsaquo;</em> <a href="forum.php?mod=viewthread&amp;tid=7">Council approves the new river bridge</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">512</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">3</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">Council approves the new river bridge</span></h1></td></tr></table>""",
    after="""</div></div></div><div id="ft" class="wp cl"><div id="flk" class="y"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p></div></div>""")

# Flarum (views/frontend/content/discussion.blade.php): the page crawlers and readers without
# scripts get is the discussion's title in an `h2` and each post a bare `div` holding the poster's
# name in an `h3` and the words in `div.Post-body`, posts parted by `hr`; no post shows a time.
_FLARUM_POST = """<div><h3>{name}</h3><div class="Post-body"><p>{text}</p></div></div><hr>"""

FLARUM = _thread_page(
    '<meta name="description" content="The city council voted on Tuesday to approve the long-debated river bridge.">'
    '<link rel="canonical" href="https://forum.example/d/7-council-approves-the-new-river-bridge">',
    "",
    "".join(_FLARUM_POST.format(name=name, text=text)
            for name, _, text in [("Jane Reporter", "09:15", OPENING), *REPLIES]),
    before="""<div id="app" class="App"><div id="app-navigation" class="App-navigation"></div>
<div id="drawer" class="App-drawer"><header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div><div class="container"><div class="Header-title"><a href="https://forum.example" id="home-link">Riverside Forum</a></div><div id="header-primary" class="Header-primary"></div><div id="header-secondary" class="Header-secondary"></div></div></header></div>
<main class="App-content"><div id="notices"></div><div id="content"></div>
<div id="flarum-loading" style="display: none">Loading...</div>
<noscript><div class="Alert"><div class="container">This site is best viewed in a modern browser with JavaScript enabled.</div></div></noscript>
<div id="flarum-loading-error" style="display: none"><div class="Alert"><div class="container">Something went wrong while trying to load the full version of this site.</div></div></div>
<noscript id="flarum-content"><div class="container"><h2>Council approves the new river bridge</h2><div>""",
    after="""</div></div></noscript><div class="App-composer"><div class="container"><div id="composer"></div></div></div></main>
<footer class="App-footer" id="footer"></footer></div>""")

# Joomla's K2 (components/com_k2/templates/default/item.php): the item's comments an
# `ul.itemCommentsList` of `li.even`/`li.odd`, each with `span.commentDate`, `span.commentAuthorName`
# ("posted by NAME") and the words in a bare `p`; a reply form after them.
_K2_COMMENT = """<li class="{parity}">
 <span class="commentLink"><a href="/news/item/7-council-approves#comment{cid}" name="comment{cid}" id="comment{cid}">Comment Link</a></span>
 <img src="avatar.png" alt="{name}" width="48">
 <span class="commentDate">Thursday, 04 March 2021 {time}</span>
 <span class="commentAuthorName">posted by {name}</span>
 <p>{text}</p>
 <span class="commentToolbar"><a data-k2-modal="iframe" href="/index.php?option=com_k2&amp;view=comments&amp;task=report&amp;commentID={cid}">Report</a></span>
 <div class="clr"></div>
</li>"""

K2 = page("""<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
<div class="itemComments">
<h3 class="itemCommentsCounter"><span>3</span> comments</h3>
<ul class="itemCommentsList">"""
          + "".join(_K2_COMMENT.format(parity="odd" if i % 2 else "even", cid=500 + i, name=name, time=time, text=text)
                    for i, (name, time, text) in enumerate(REPLIES))
          + """</ul>
<div class="itemCommentsPagination"><div class="clr"></div></div>
<div class="itemCommentsForm"><h3>Leave a comment</h3>
<form action="/index.php" method="post" id="comment-form" class="form-validate"><label class="formComment" for="commentText">Message *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>
<label class="formName" for="userName">Name *</label><input class="inputbox" type="text" name="userName" id="userName" value="">
<input type="submit" class="button" id="submitCommentButton" value="Submit comment"></form></div>
</div>""", head='<meta name="generator" content="Joomla! - Open Source Content Management">')

# Comment services a script fills in after the page loads, as their embed codes print them and as a
# browser saves them once the script has run (an iframe from the service in the placeholder):
# giscus and utterances (GitHub discussions and issues), Hyvor Talk, Viafoura, OpenWeb (Spot.IM),
# Vuukle and Facebook's comments plugin.
SCRIPT_EMBEDS = {
 "giscus": '<div class="giscus"></div><script src="https://giscus.app/client.js" data-repo="river/notes" data-repo-id="R_x" data-category="Comments" data-category-id="DIC_x" data-mapping="pathname" data-strict="0" data-reactions-enabled="1" data-emit-metadata="0" data-input-position="bottom" data-theme="preferred_color_scheme" data-lang="en" crossorigin="anonymous" async></script>',
 "giscus-saved": '<div class="giscus"><iframe class="giscus-frame" title="Comments" scrolling="no" allow="clipboard-write" src="https://giscus.app/en/widget?origin=https%3A%2F%2Fnotes.example%2Fbridge&amp;session=&amp;theme=light&amp;reactionsEnabled=1&amp;emitMetadata=0&amp;inputPosition=bottom&amp;repo=river%2Fnotes&amp;repoId=R_x&amp;category=Comments&amp;categoryId=DIC_x&amp;strict=0&amp;description=&amp;backLink=https%3A%2F%2Fnotes.example%2Fbridge&amp;term=bridge" loading="lazy"></iframe></div>',
 "utterances": '<script src="https://utteranc.es/client.js" repo="river/notes" issue-term="pathname" theme="github-light" crossorigin="anonymous" async></script>',
 "utterances-saved": '<div class="utterances" style="height: 267px;"><iframe class="utterances-frame" title="Comments" scrolling="no" src="https://utteranc.es/utterances.html?src=https%3A%2F%2Futteranc.es%2Fclient.js&amp;repo=river%2Fnotes&amp;issue-term=pathname&amp;theme=github-light&amp;url=https%3A%2F%2Fnotes.example%2Fbridge&amp;origin=https%3A%2F%2Fnotes.example&amp;pathname=%2Fbridge%2F&amp;title=Council+approves" loading="lazy"></iframe></div>',
 "hyvor": '<hyvor-talk-comments website-id="1234" page-id="bridge"></hyvor-talk-comments><script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>',
 "viafoura": '<div class="viafoura"><vf-conversations></vf-conversations></div><script async src="//cdn.viafoura.net/entry/index.js"></script>',
 "openweb": '<div data-spotim-module="conversation" data-post-url="https://daily.example/bridge" data-article-tags="city"></div><script async data-spotim-module="spotim-launcher" src="https://launcher.spot.im/spot/sp_AbCd1234" data-post-id="bridge-7"></script>',
 "vuukle": '<div id="vuukle-comments"></div><script>var VUUKLE_CONFIG = {apiKey: "x", articleId: "7"};</script><script src="https://cdn.vuukle.com/platform.js" async></script>',
 "facebook": '<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/en_US/sdk.js#xfbml=1&amp;version=v18.0" nonce="x"></script><div class="fb-comments" data-href="https://daily.example/bridge" data-width="" data-numposts="5"></div>',
 "facebook-saved": '<div class="fb-comments fb_iframe_widget fb_iframe_widget_fluid_desktop" data-href="https://daily.example/bridge" data-width="" data-numposts="5" fb-xfbml-state="rendered" fb-iframe-plugin-query="app_id=&amp;container_width=700&amp;height=100&amp;href=https%3A%2F%2Fdaily.example%2Fbridge&amp;locale=en_US&amp;numposts=5&amp;sdk=joey&amp;version=v18.0&amp;width="><span style="vertical-align: bottom; width: 700px; height: 180px;"><iframe name="f1" width="1000px" height="100px" data-testid="fb:comments Facebook Social Plugin" title="fb:comments Facebook Social Plugin" frameborder="0" allowtransparency="true" allowfullscreen="true" scrolling="no" allow="encrypted-media" src="https://www.facebook.com/v18.0/plugins/comments.php?app_id=&amp;channel=x&amp;container_width=700&amp;height=100&amp;href=https%3A%2F%2Fdaily.example%2Fbridge&amp;locale=en_US&amp;numposts=5&amp;sdk=joey&amp;version=v18.0&amp;width=" style="border: none; visibility: visible; width: 700px; height: 180px;" class=""></iframe></span></div>',
}

# NodeBB (nodebb-theme-harmony's topic.tpl and partials/topic/post.tpl): a schema.org
# DiscussionForumPosting whose posts are `li[component=post]` Comments in `ul[component=topic]`,
# each with its `datePublished` meta, the poster as a Person's `name` meta beside the shown link,
# the words in `div[component="post/content"]` (`itemprop="text"`); the shown time is a script's
# ("timeago", empty until it runs).
_NODEBB_POST = """<li component="post" class="pt-4 {owner}" data-index="{index}" data-pid="{pid}" data-uid="{uid}" data-timestamp="1614852000000" data-username="{slug}" data-userslug="{slug}" itemprop="comment" itemtype="http://schema.org/Comment" itemscope>
<a component="post/anchor" data-index="{index}" id="{number}"></a>
<meta itemprop="datePublished" content="2021-03-04T{time}:00.000Z">
<div class="d-flex align-items-start gap-3 post-container-parent">
 <div class="bg-body d-none d-sm-block rounded-circle"><a class="d-inline-block position-relative text-decoration-none" href="/user/{slug}" aria-label="Profile page for user {name}"><span title="{name}" data-uid="{uid}" class="avatar avatar-rounded" component="user/picture" style="--avatar-size: 48px; background-color: #e65100;">{initial}</span></a></div>
 <div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">
  <div class="d-flex align-items-start justify-content-between gap-1 flex-nowrap w-100 post-header" itemprop="author" itemscope itemtype="https://schema.org/Person">
   <div class="d-flex gap-1 flex-wrap align-items-center text-truncate"><meta itemprop="name" content="{name}"><meta itemprop="url" content="/user/{slug}">
    <div class="d-flex flex-nowrap gap-1 align-items-center text-truncate"><a class="fw-bold text-nowrap text-truncate" href="/user/{slug}" data-username="{slug}" data-uid="{uid}">{name}</a></div>
    <div class="d-flex gap-1 align-items-center"><span class="text-muted">wrote <a href="/post/{pid}" class="timeago text-muted" title="2021-03-04T{time}:00.000Z"></a></span></div>
   </div>
   <div class="d-flex align-items-center gap-1 justify-content-end"><a href="/post/{pid}" class="post-index text-muted d-none d-md-inline">#{number}</a></div>
  </div>
  <div class="content text-break" component="post/content" itemprop="text"><p dir="auto">{text}</p></div>
  <div component="post/footer" class="post-footer border-bottom pb-2"><div class="d-flex flex-wrap-reverse gap-2 justify-content-end"><div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools">
   <a component="post/reply" href="#" class="btn btn-ghost btn-sm" title="Reply"><i class="fa fa-fw fa-reply text-primary"></i></a><a component="post/quote" href="#" class="btn btn-ghost btn-sm" title="Quote"><i class="fa fa-fw fa-quote-right text-primary"></i></a>
   <div class="d-flex votes align-items-center"><a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Upvote post"><i class="fa fa-fw fa-chevron-up text-primary"></i></a><meta itemprop="upvoteCount" content="0"><meta itemprop="downvoteCount" content="0"><a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="0" title="Voters">0</a></div>
  </div></div></div>
 </div>
</div>
</li>"""

NODEBB = _thread_page(
    '<meta property="og:title" content="Council approves the new river bridge"><meta property="og:type" content="article">',
    'class="page-topic page-topic-7 page-topic-council-approves-the-new-river-bridge template-topic page-topic-category-2 parent-category-2 page-status-200 theme-harmony user-guest skin-noskin"',
    "".join(_NODEBB_POST.format(index=i, number=i + 1, pid=600 + i, uid=i + 1, slug=name.split()[0].lower(),
                                initial=name[0], name=name, time=time, text=text,
                                owner="topic-owner-post" if i == 0 else "")
            for i, (name, time, text) in enumerate([("Jane Reporter", "09:15", OPENING), *REPLIES])),
    before="""<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3"><div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<div itemid="/topic/7/council-approves-the-new-river-bridge" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="Council approves the new river bridge"><meta itemprop="url" content="/topic/7/council-approves-the-new-river-bridge"><meta itemprop="datePublished" content="2021-03-04T09:15:00.000Z"><meta itemprop="dateModified" content="2021-03-04T11:50:00.000Z">
<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="jane"><meta itemprop="url" content="/user/jane"></div>
<div class="d-flex flex-column gap-3"><div class="d-flex flex-wrap"><div class="d-flex flex-column gap-3 flex-grow-1"><h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break"><span class="topic-title" component="topic/title">Council approves the new river bridge</span></h1></div></div>
<div class="row mb-4 mb-lg-0"><div class="topic col-lg-12"><div class="d-flex gap-0 gap-lg-5"><div class="posts-container" style="min-width: 0;">
<ul component="topic" class="posts timeline list-unstyled mt-sm-2 p-0 py-3" style="min-width: 0;" data-tid="7" data-cid="2">""",
    after="""</ul></div></div></div></div></div></div></div></main>""")
