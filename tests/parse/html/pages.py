"""Small HTML pages written for these tests: each shows one kind of comment markup the way real
platforms print it, around the same short article."""

from __future__ import annotations

import time
from collections.abc import Callable

ARTICLE = """
<header class="site-header"><h1 class="site-title"><a href="/">The Daily Example</a></h1>
<nav class="menu"><ul><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li></ul></nav></header>
<main><article class="post">
<h1 class="entry-title">Council approves the new river bridge</h1>
<p class="byline">By <span class="author vcard"><span class="fn">Jane Reporter</span></span> on
<time datetime="2021-03-04T09:15:00+00:00">March 4, 2021</time></p>
<div class="entry-content">
<p>The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of argument.</p>
<h2>What happens next</h2>
<p>Construction is expected to begin next spring, and the council says the bridge will open within three years.</p>
<p>Opponents, who had argued for a tunnel, said they would keep campaigning against the plan.</p>
</div>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
</article>
"""
END = """</main><footer class="site-footer"><p>© 2021 The Daily Example. All rights reserved.</p></footer>
</body></html>"""


def page(comments: str, head: str = "", title: str = "Council approves the new river bridge | The Daily Example") -> str:
    """A whole page: head (meta tags, JSON-LD), the article, then the given comment markup."""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta property=\"og:site_name\" content=\"The Daily Example\">{head}</head><body>"
            f"{ARTICLE}{comments}{END}")


WORDPRESS = page("""
<div id="comments" class="comments-area">
<h2 class="comments-title">3 thoughts on &ldquo;Council approves the new river bridge&rdquo;</h2>
<ol class="comment-list">
 <li id="comment-11" class="comment even thread-even depth-1 parent">
  <article id="div-comment-11" class="comment-body">
   <footer class="comment-meta"><div class="comment-author vcard">
    <img alt="Avatar of Bob Builder" class="avatar" src="a.png"><b class="fn">Bob Builder</b> <span class="says">says:</span></div>
    <div class="comment-metadata"><a href="#comment-11"><time datetime="2021-03-04T10:02:00+00:00">March 4, 2021 at 10:02 am</time></a></div>
   </footer>
   <div class="comment-content"><p>Finally! I have waited years for this bridge.</p><p>Good news for the east side.</p></div>
   <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
  </article>
  <ol class="children">
   <li id="comment-12" class="comment odd alt depth-2">
    <article id="div-comment-12" class="comment-body">
     <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Carol Skeptic</b> <span class="says">says:</span></div>
      <div class="comment-metadata"><time datetime="2021-03-04T11:30:00+00:00">March 4, 2021 at 11:30 am</time></div></footer>
     <div class="comment-content"><p>A tunnel would have been cheaper, I disagree.</p></div>
     <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
    </article>
   </li>
  </ol>
 </li>
 <li id="comment-13" class="pingback even thread-odd depth-1">
  <div class="comment-body">Pingback: <a href="http://other.example/post" class="url">Bridge news roundup | Other Blog</a></div>
 </li>
 <li id="comment-14" class="comment even thread-even depth-1">
  <article id="div-comment-14" class="comment-body">
   <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Dan Local</b> <span class="says">says:</span></div>
    <div class="comment-metadata"><time datetime="2021-03-05T08:00:00+00:00">March 5, 2021 at 8:00 am</time></div></footer>
   <div class="comment-content"><p>Will there be a cycle lane on the bridge?</p></div>
   <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
  </article>
 </li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
<form id="commentform" class="comment-form"><textarea id="comment" name="comment"></textarea></form></div>
</div>""")

DRUPAL = page("""
<section id="comments" class="comments"><h2 class="comments__title">2 Kommentare</h2>
<a id="comment-1"></a>
<div class="comment comment-by-anonymous">
 <div class="submitted"><span class="username">Anna</span> am <span class="date">4. März 2021 - 10:15</span></div>
 <div class="content"><p>Eine gute Entscheidung für die Stadt.</p></div>
 <ul class="links"><li class="comment-reply"><a href="#">antworten</a></li></ul>
</div>
<div class="indented">
 <a id="comment-2"></a>
 <div class="comment comment-by-anonymous">
  <div class="submitted"><span class="username">Bernd</span> am <span class="date">4. März 2021 - 11:20</span></div>
  <div class="content"><p>Das sehe ich anders, die Kosten sind zu hoch.</p></div>
  <ul class="links"><li class="comment-reply"><a href="#">antworten</a></li></ul>
 </div>
</div>
</section>""", head='<meta name="generator" content="Drupal 7 (http://drupal.org)">')

MICRODATA = page("""
<section class="discussion"><h2>2 comments</h2>
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
 <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Eve Engineer</span></span>
 <time itemprop="dateCreated" datetime="2021-03-04T12:00">4 March 2021, 12:00</time>
 <div itemprop="text"><p>The load calculations in the report look sound to me.</p></div>
 <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
  <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Frank</span></span>
  <time itemprop="dateCreated" datetime="2021-03-04T13:00">4 March 2021, 13:00</time>
  <div itemprop="text"><p>Thanks, that is reassuring to hear.</p></div>
 </div>
</div>
</section>""")

JSON_LD = page("", head="""<script type="application/ld+json">{"@context": "https://schema.org",
 "@type": "NewsArticle", "headline": "Council approves the new river bridge",
 "author": {"@type": "Person", "name": "Jane Reporter"}, "datePublished": "2021-03-04T09:15:00Z",
 "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "Gina"}, "dateCreated": "2021-03-04T14:00",
   "text": "Long overdue.", "comment": [{"@type": "Comment", "author": "Hal", "text": "Agreed, finally."}]}]}
</script>""")

BLOGGER = page("""
<div class="comments" id="comments"><h4>2 comments:</h4>
<div class="comments-content"><div class="comment-thread"><ol>
 <li class="comment" id="c101"><div class="comment-block">
  <div class="comment-header"><cite class="user"><a href="#">Ivy</a></cite>
   <span class="datetime secondary-text"><a href="#">March 4, 2021 at 3:05 PM</a></span></div>
  <p class="comment-content">Great reporting on the vote.</p>
  <span class="comment-actions secondary-text"><a class="comment-reply">Reply</a><span class="item-control"><a href="#">Delete</a></span></span>
 </div>
 <div class="comment-replies"><div class="comment-thread inline-thread"><ol>
  <li class="comment" id="c102"><div class="comment-block">
   <div class="comment-header"><cite class="user"><a href="#">Jack</a></cite>
    <span class="datetime secondary-text"><a href="#">March 4, 2021 at 4:10 PM</a></span></div>
   <p class="comment-content">Thank you for reading.</p></div></li>
 </ol></div></div></li>
</ol></div></div></div>""", head='<meta content="blogger" name="generator">')

DISQUS_STATIC = page("""
<div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">
 <li class="comment even depth-1" id="dsq-comment-501">
  <div id="dsq-comment-header-501" class="dsq-comment-header"><cite id="dsq-cite-501"><span id="dsq-author-user-501">Kim</span></cite></div>
  <div id="dsq-comment-body-501" class="dsq-comment-body"><div id="dsq-comment-message-501" class="dsq-comment-message"><p>Who pays for the maintenance?</p></div></div>
  <ul class="children"><li class="comment odd depth-2" id="dsq-comment-502">
   <div id="dsq-comment-header-502" class="dsq-comment-header"><cite id="dsq-cite-502"><span id="dsq-author-user-502">Lee</span></cite></div>
   <div id="dsq-comment-body-502" class="dsq-comment-body"><div id="dsq-comment-message-502" class="dsq-comment-message"><p>The regional budget, according to the plan.</p></div></div>
  </li></ul>
 </li>
</ul></div></div>""")

MICROFORMATS = page("""
<section class="h-entry"><div class="responses"><h3>Responses</h3>
 <div class="p-comment h-cite"><a class="p-author h-card" href="https://mia.example">Mia</a>
  <time class="dt-published" datetime="2021-03-04T18:00:00">March 4</time>
  <div class="e-content p-name">Replied on my own site: the bridge is a good idea.</div></div>
 <div class="p-comment h-cite"><a class="p-author h-card" href="https://ned.example">Ned</a>
  <time class="dt-published" datetime="2021-03-04T19:00:00">March 4</time>
  <div class="e-content p-name">I wrote about the costs on my blog.</div></div>
</div></section>""")

FORUM = page("""
<div class="forum-comments"><h3>3 Comments</h3><ul class="forum-posts">
 <li class="forum-post" id="post-1"><span class="author-name">oliver</span> <span class="post-date">4 March 2021 10:00</span>
  <div class="message">Is the bridge open to trucks?</div></li>
 <li class="forum-post" id="post-2"><span class="author-name">petra</span> <span class="post-date">4 March 2021 10:30</span>
  <div class="message">Buses only, I think.</div></li>
 <li class="forum-post" id="post-3"><span class="author-name">quinn</span> <span class="post-date">4 March 2021 11:00</span>
  <div class="message"><blockquote class="bbCodeQuote"><div class="author">oliver said:</div>Is the bridge open to trucks?</blockquote>
  No, trucks must use the ring road.</div></li>
</ul></div>""")

GENERIC = page("""
<h3>Reader responses</h3>
<div class="feedback-list">
 <div class="entry-x"><p>Excellent news for commuters on the east side.</p><p class="posted">Posted by Rita at March 4, 2021 02:10 PM</p></div>
 <div class="entry-x"><p>I still think this money should go to schools.</p><p class="posted">Posted by Sam at March 4, 2021 03:20 PM</p></div>
 <div class="entry-x"><p>Will the old ferry keep running after it opens?</p><p class="posted">Posted by Tom at March 5, 2021 09:45 AM</p></div>
</div>""")

SCRIPT_ONLY = page("""
<div id="disqus_thread"></div>
<script>var disqus_shortname = 'example'; (function() { var d = document, s = d.createElement('script');
s.src = 'https://example.disqus.com/embed.js'; (d.head || d.body).appendChild(s); })();</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>""")

CLOSED = page("""<div id="comments"><h3>No Comments Yet</h3><p class="nocomments">Comments are closed.</p></div>""")

NO_COMMENTS = page("")


def best_seconds(work: Callable[[], object]) -> float:
    """Best of two CPU times of the work (the best is the least disturbed by other work), for tests that
    a reading grows linearly."""
    best = float("inf")
    for _ in range(2):
        began = time.process_time()
        work()
        best = min(best, time.process_time() - began)
    return best
