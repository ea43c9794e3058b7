/**
 * Known boilerplate phrases. They are one signal among others: a phrase
 * decides alone only when it makes up (nearly) the whole of a short line;
 * inside longer text it only counts against the line (see classify.ts).
 */
import { BmpRegExp } from '../../text/bmp-regexp.js';

/** Whole-line page furniture: 'Advertisement', 'Story Continued Below', 'Share this:', 'Log In', '2 comments'. */
const FURNITURE_WORDS = [
  'advertisement(?:s)?',
  'advertisement\\s*-\\s*story continues below',
  'sponsored(?: content| links?)?',
  'story continue[sd] below',
  'continue reading(?: below(?: the advertisement)?| the main story)?',
  'skip to(?: main)?(?: content| navigation| sidebar| main)?\\s*\\|?',
  'back to top',
  'share(?: this)?(?: article| story| post| page| on \\w+)?',
  'share this:?',
  'tweet(?: this)?',
  'print(?: this)?(?: article| page| story)?',
  'e-?mail(?: this)?(?: article| story| to a friend)?',
  'mail to a friend',
  'link to this (?:article|page|post)',
  'permalink',
  'mailto',
  'bookmark(?: us| this)?(?:!.*)?',
  'save(?: (?:article|story|for later))?',
  'comments?',
  'add (?:a )?comment',
  'post (?:a )?comment',
  'leave a (?:comment|reply)',
  'view comments',
  'loading(?: \\w+)?\\.{0,3}',
  'like this:?(?: like loading\\.{0,3})?',
  'log ?in|log ?out|sign ?in|sign ?out|sign up|register(?: now!?)?|login|logout',
  'username|password|remember me|forgot (?:your )?password\\??',
  '(?:name|e-?mail|mail|website|url|comment)\\s*(?:\\((?:required|optional)\\))?\\s*\\*?',
  'search(?: this site)?',
  'menu|home|homepage|navigation|main menu',
  'next(?: post| article| story| page)?(?:\\s*[»>›]+)?',
  '(?:[«<‹]+\\s*)?previous(?: post| article| story| page)?',
  'older posts?|newer posts?',
  'read more(?:\\s*[»>›]+)?',
  'more\\s*[»>›]+',
  'subscribe(?: now| today)?',
  'rss(?: feeds?)?|atom feed|feedburner feed',
  'contact(?: us)?|about(?: us)?|site ?map|privacy(?: policy)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie (?:policy|preferences|settings)',
  'powered by .{1,40}',
  'image|photo|video|gallery|photos|videos',
  'follow us(?: on .{1,30})?',
  'tags?:?|topics?:?|categories:?|filed under:?',
  'top of page|jump to comments|show comments|hide comments',
  'facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|tumblr|google\\+?|youtube|instagram|stumbleupon|digg|delicious',
];
export const FURNITURE = new RegExp(`^(?:${FURNITURE_WORDS.join('|')})\\s*[:.!]?$`, 'iu');

/** Phrase patterns that mark a line as boilerplate, with the reason recorded for auditing. */
const BOILERPLATE_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:read more|read also|also read|see also|related|tagged|keywords|watch|listen|previous (?:article|post|story)|next (?:article|post|story))\s*[:>»|-]|^read (?:the )?(?:rest|full (?:story|article|post|text)|more)\b.{0,60}$/iu, 'read-more link'],
  [/^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/iu, 'copyright'],
  [
    /\b(?:is|are) now on (?:telegram|whatsapp|instagram|facebook|twitter|x|youtube|google news|threads)\b|\bjoin our (?:channel|community|newsletter|mailing list)\b|\bclick here\b|\bdownload (?:the|our) .{0,40}\bapp\b|\bsubscribe (?:now|today)\b|^\W*subscribe to\b|\bsubscribe to\b.{0,40}\b(?:our|this|blog|feeds?|rss|newsletters?|updates|e-?mail|channel|podcast|comments)\b|(?:^|[.!?]\s+)\W*sign up (?:for|to|now)\b|\bsign up now\b|\bsign up (?:for|to)\b.{0,50}\b(?:our|e-?newsletters?|updates|e-?mail|alerts|free|digest|list|here)\b|\bfollow us on\b|\blike (?:us|our page) on\b|\bnewsletter\b.{0,60}\b(?:sign up|subscribe|inbox)\b|\benter your e-?mail\b/iu,
    'promo',
  ],
  [/^(?:share|facebook|twitter|linkedin|whatsapp|email|e-mail|print|reddit|pinterest|telegram|copy link|google\+?|tumblr|stumbleupon|like|tweet)(?:\s*[|/•·,:]?\s*(?:\d+\s*)?(?:shares?|facebook|twitter|linkedin|whatsapp|email|e-mail|print|reddit|pinterest|telegram|copy link|google\+?|tumblr|stumbleupon|like|tweet|pin it|\+1))+$/iu, 'share bar'],
  // '80510 SHARES Facebook Twitter', '1.2k shares'; not a sentence about a company's stock ('220,838 shares of stock at 15.75
  // dlrs', '1,484,516 shares, or 7.74 pct.')
  // (case-sensitive: under the i flag \p{Ll} matches capitals too)
  [/^\d[\d,.]*[kK]?\s+(?:SHARES?|[Ss]hares?)\b(?![^\S\n]*[,.;]|[^\S\n]+\p{Ll})/u, 'share bar'],
  // a blog platform's share links run together: 'Email ThisBlogThis!Share to TwitterShare to Facebook'; a share widget's
  // name alone or after its link ('ShareThis', 'Email via ShareThis', 'Share with AddThis')
  [/^(?:\s*(?:email this|blogthis!?|share (?:to|on|via) (?:twitter|facebook|pinterest|linkedin|whatsapp|reddit|tumblr|google\+?|e-?mail)|(?:(?:share|e-?mail|send|post)(?: this)? (?:via|with|using) )?(?:sharethis|addthis|addtoany)))+\s*$/iu, 'share bar'],
  [/\bcookies?\b.{0,80}\b(?:accept|consent|policy|settings)\b/iu, 'cookie notice'],
  // an advertisement's slot in the text: 'Story continues below advertisement', 'Continue reading the main story',
  // 'Advertisement - scroll to continue'
  [/^(?:(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: advert(?:isement)?| ad)?|continue reading (?:the main story|below)|advertisement\W+scroll to continue(?: with content)?)\W*$/iu, 'advertisement'],
  [/^(?:tags?|tagged(?: with| as)?|topics?|keywords|filed under|categories|category|posted in)\s*:/iu, 'tag list'],
  [/^featured image\b/iu, 'photo credit'],
  // 'All comments are moderated so you may experience a short delay', '(Name and email address are required. …)',
  // 'The letters and numbers you entered did not match the image.', 'Comment below or sign in with TypePad Facebook Twitter and more...'
  [/\bcomments? (?:are|is|will be) (?:moderated|reviewed)\b|\b(?:name and )?e-?mail address(?:es)? (?:is |are )?(?:required|will not be (?:displayed|published|shared))\b|\bdid not match the image\b|^please enter (?:a valid|your)\b|\bsign in with (?:\w+ )?(?:facebook|twitter|google|typepad|openid)\b/iu, 'comment form'],
  // 'This page is best viewed in an up-to-date web browser …'
  [/\bbest viewed (?:in|with|using)\b|\b(?:enable|turn on) javascript\b|\bjavascript (?:is )?(?:disabled|required)\b/iu, 'site notice'],
  // 'A version of this article appeared in print on 11/08/2012, on page B9 …', 'See a sample reprint in PDF format.'
  [/^a version of this (?:article|story|review) appear(?:ed|s)\b|\bsample reprint\b|\border (?:a )?reprint\b/iu, 'print edition note'],
  // 'This entry was posted in Mobile and tagged Android, Chrome. Bookmark the permalink.', 'This entry was posted on Monday, … and is filed under …';
  // a blog theme's notes on the comments under it, 'You can follow any responses to this entry through the RSS 2.0
  // feed.', 'You can leave a response, or trackback from your own site.', 'Both comments and pings are currently closed.';
  // its box about the entry, 'This page contains a single entry by Zorvex published on November 6, 2012 6:33 AM.', '…
  // was the previous entry in this blog.', 'You can find recent content on the main index.'
  [
    /^this (?:entry|post|article) was (?:posted|filed|written)\b|\bbookmark the permalink\b|^you can (?:follow any responses to this (?:entry|post)|(?:skip to the end and )?leave a response\b)|^(?:both comments and pings|responses) are currently closed\b|^this page contains a single entry by\b|\b(?:was|is) the (?:previous|next) entry in this blog\b|^(?:you can )?find recent content on the main index\b/iu,
    'post footer',
  ],
  // 'This copy is for your personal, non-commercial use only.', 'If you enjoyed this post, please consider leaving a comment or subscribing …'
  [/\bfor your personal,? non-?commercial use only\b/iu, 'copyright'],
  [/^if you (?:enjoyed|liked) this (?:post|article|story)\b/iu, 'promo'],
  [/^by (?:clicking|submitting|posting)\b.{0,80}\b(?:you agree|i agree|i acknowledge|you acknowledge)\b/iu, 'comment form'],
  // 'Login to leave a comment', 'Sign in to post a comment'
  [/^(?:log ?in|sign in|register) to (?:leave|post|add|write) a comment\b/iu, 'comment form'],
  [/^(?:you can use these html tags|notify me of (?:follow-?up|new) (?:comments|posts))|\byour (?:e-?mail )?address will not be published\b|\(will not be published\)|\brequired fields are marked\b/iu, 'comment form'],
];

/**
 * The patterns as BmpRegExps (src/text/bmp-regexp.ts): over a line with a curly quote or a dash, most of the web's,
 * the `u` flag made them about ten times slower (all of them over every line of 3 MB of two-byte text: 1,940 ms
 * against 175 for the twins).
 */
export const BOILERPLATE: ReadonlyArray<readonly [BmpRegExp, string]> = BOILERPLATE_PATTERNS.map(([re, reason]) => [new BmpRegExp(re), reason] as const);

/*
 * Cheap pre-tests (they keep cleaning fast): a line can match a BOILERPLATE pattern only if
 * BOILERPLATE_START_HINT matches its start (the patterns anchored at the start of the line:
 * 'Read more: …', 'Share | Facebook', 'Tags: …', 'This entry was posted in …') or
 * BOILERPLATE_HINT finds one of the key words of the unanchored patterns ('… All rights reserved.',
 * 'click here', 'newsletter'). Each is a necessary condition of the patterns above: a pattern added
 * there needs its key word here.
 */
export const BOILERPLATE_START_HINT =
  /^(?:read|also read|see also|related|tag|keywords|watch|listen|previous|next|©|\(c\)|copyright|share|facebook|twitter|linkedin|whatsapp|e-?mail|print|reddit|pinterest|telegram|copy link|google|tumblr|stumbleupon|blogthis|like|tweet|topic|filed under|categor|posted in|featured image|please enter|a version of|this (?:entry|post|article) was|this page contains|(?:you can )?(?:follow|skip|leave|find recent)|both comments|responses are|log ?in to|sign in to|register to|if you (?:enjoyed|liked)|by (?:clicking|submitting|posting)|you can use these html tags|notify me|\d)/iu;
export const BOILERPLATE_HINT =
  /rights reserved|entry in this blog|now on|join our|click here|download|subscribe|sign up|follow us|like (?:us|our)|newsletter|enter your|cookie|comments? (?:are|is|will be)|mail address|match the image|sign in with|best viewed|javascript|reprint|permalink|non-?commercial|not be published|required fields|continues (?:below|after)|continue reading|scroll to continue/iu;

/** The one pattern that decides on lines of any length: 'Categories: …', 'Tags: …'. */
export const TAG_LIST = BOILERPLATE.find(([, r]) => r === 'tag list')![0];

/** A heading that opens a list of other stories: 'Explore', 'Related Stories', 'Most Read', 'You may also like', 'Read more' (alone on its line; 'Read more: …' is a link's). */
export const LIST_HEADING =
  /^(?:explore|read more|also read|read also|recommended(?: for you| stories| articles| reading)?|related(?: stories| articles| news| content| coverage| topics| posts| links| videos?)?|more (?:from|on|in|stories|news|videos?|headlines)\b.{0,40}|most (?:read|popular|viewed|shared|emailed|commented)(?: stories| articles| now)?|trending(?: now| stories)?|you (?:may|might) (?:also )?(?:like|enjoy)|top stories|latest(?: news| stories| headlines| posts)?|recent (?:posts|stories|articles|comments)|editor'?s? picks|further reading|popular(?: now| stories| posts)?|in other news|what to read next|also on [\p{L} ]+|around the web|from around the web|elsewhere on .{1,30}|blog archive|archives?|related (?:on|from|at|to) .{1,30}|(?:more|also) (?:on|from) .{1,30})\s*:?$/iu;

/**
 * A heading that opens the author's box after a story or post: 'About the Author', 'About the writer', 'Author bio',
 * "Author's profile". What follows is the author's blurb ('Zorvex Quimbar is a senior editor at …'), not the article:
 * the heading is an end-of-text boundary (classify.ts). The heading only: a bio without one reads as the story's last
 * paragraph, and dropping such paragraphs cut BBC stories' last lines (docs/CLEANING.md).
 */
export const AUTHOR_BOX_HEADING =
  /^(?:about (?:the|this) (?:post )?(?:author|writer|blogger|contributor|columnist|reporter)s?|(?:the )?(?:author|writer|contributor)(?:'s|’s)? (?:bio(?:graphy)?|profile|information|info))\s*(?::|\.{3}|…)?$/iu;

/**
 * A heading that opens the reader comments: '{ 2 comments… read them below or add one }',
 * '23 Responses to "…"', 'No Comments »', 'Leave a Reply', 'blog comments powered by Disqus', 'Comments are closed.',
 * a line ending in 'There are 12 comments.' ('Seen by Jason Fried on November 7 2012. There are 12 comments.'; a number
 * only, and the line's end: 'There were no comments from the ministry' is news)
 * After 'no' only the plural: 'No comment was immediately available from the company.' is a news
 * sentence (Reuters writes it on a line of its own), and taken for a heading it was dropped.
 */
export const COMMENTS_HEADING =
  /^(?:[{(]\s*)?(?:(?:\d+|one|two|three)\s+(?:[\p{L}-]+\s+)?(?:comments?|responses?|replies|thoughts?|reactions?)|no\s+(?:[\p{L}-]+\s+)?(?:comments|responses|replies|thoughts|reactions))\b|^\d+\s+(?:users|people|readers)\s+(?:responded|commented)\b|^(?:leave|post|add|write) (?:a|your) (?:comment|reply|response)\b|^comments?\s*(?:\(\d+\)|:)?$|^(?:reader )?comments are (?:closed|moderated)|^(?:blog )?comments powered by\b|^join the (?:discussion|conversation)\b|^discussion\s*(?:\(\d+\))?$|^(?:what do you think|have your say)\b|^(?:.{0,80}[.!?]\s+)?there (?:are|is|were) \d+ (?:comments?|responses?|replies)(?: about| so far)?\s*[.:]?$/iu;

/**
 * Lines that recur once per reader comment: 'Reply', 'Reply to This', 'Flag as Inappropriate',
 * '(Score:5, Insightful)', 'by garaged (579941) writes:', 'John says:', 'Jennifer said...', 'said...',
 * 'Login to reply', 'Report abuse', a blog platform's notes ('tahko liked this | skalja reblogged this from anklewings and
 * added:').
 * Two or more of them mark a comment thread.
 */
export const COMMENT_MARKER =
  /^(?:reply(?: to (?:this|comment))?(?: parent)?(?: share)?|(?:\d+\s+)?repl(?:y|ies)|flag(?: as inappropriate)?|report(?: abuse| comment| this comment)?|like\s*\(\d+\)|\(score:\s*-?\d[^)]*\)|(?:.{1,60}\s)?(?:says|wrote|writes|said)\s*(?::|,|\.{2,3}|…)|(?:log ?in|sign in|register) to (?:reply|comment)(?:\s*reply)?(?: or like)?|\d+ (?:points?|likes?|recommendations?)|[\w.-]+ (?:liked this|reblogged this from [\w.-]+(?: and added:)?)(?:\s*\|.*)?)\s*$/iu;

/**
 * A news line that introduces a quote as a commenter's name does ('Sansaricq's statement says:', 'When asked to clarify
 * Porter said,' on a line of its own, as scraped pages break paragraphs; 'Richard Thompson, President of Thomas More,
 * said,', '(INF) separate from strategic and space weapons, Reagan said:'): a clause's opening word, an article and a
 * word in lower case, a possessive and a noun, a comma before the verb, or 'he' or 'she' saying it. `COMMENT_MARKER`
 * takes a commenter's name or handle: 'John says:', 'firefighter jeff said,', 'The Dude says:', 'by garaged (579941)
 * writes:'.
 */
const NEWS_OPENERS = 'when as but and so if while here what he she it they this that asked his her its their'.split(' ').flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]);
export const NEWS_SAYS_LINE = new RegExp(
  String.raw`^(?!by\s)(?!.*\(\d+\))(?:(?:${NEWS_OPENERS.join('|')})\s|(?:[Tt]he|[Aa]n?)\s+(?:\S+\s+)*?\p{Ll}+\s+(?:\S+\s+)*?(?:says|wrote|writes|said)\b|.*['’]s\s+\p{Ll}+\s+(?:says|said|wrote|writes)\b|.+,.*\b(?:says|said|wrote|writes)\b|.*\b(?:he|she|they)\s+(?:says|said|wrote|writes)\b)`,
  'u',
);

/** A breadcrumb trail: 'Home > News > Linux', 'Home › World ›', 'Home / David Allen on GTD for Startup Founders' (not a menu bar 'Home | About | Contact'). */
export const BREADCRUMB = /^(?:home|homepage|main page)\s*(?:[>»›/]|&gt;)\s*(?:\S.*)?$/iu;
