-- A newsroom's database as Vistka left it at schema version 8: a small city paper, its stories, readers' comments,
-- newsroom members and what they did. Plain SQL that SQLite and PostgreSQL both run, loaded into a database that
-- Flyway has brought to version 8 and no further (see UpgradeTest).
--
-- Every table of version 8 holds at least one row: the test refuses a fixture that leaves one empty.
-- Ids are written out so rows can name each other; after loading, the test moves PostgreSQL's id sequences past them,
-- where they would be had Vistka written the rows itself.
-- Every account's password is "violet kettle harbour seventeen". Times are epoch milliseconds, October and November 2026.

INSERT INTO setting (name, value) VALUES ('site.name', 'The Left Bank Courier');
INSERT INTO setting (name, value) VALUES ('site.tagline', 'News from both banks of the Dnipro');
INSERT INTO setting (name, value) VALUES ('site.stories_per_page', '12');
INSERT INTO setting (name, value) VALUES ('comment.hold_first', 'true');
INSERT INTO setting (name, value) VALUES ('comment.keep_address_days', '30');
INSERT INTO setting (name, value) VALUES ('feed.items', '25');
INSERT INTO setting (name, value) VALUES ('share.networks', 'telegram,facebook,x');
INSERT INTO setting (name, value) VALUES ('secret.comment_form', 'o2G5m9dQy7VtWc1Rk8NbZp3LfXs6HjEa4uTiYq0wBvU');
INSERT INTO setting (name, value) VALUES ('comment.notified_up_to', '4');

INSERT INTO section (id, slug, name, description, position) VALUES (1, 'city', 'City', 'Council, transport and the streets we share.', 1);
INSERT INTO section (id, slug, name, description, position) VALUES (2, 'culture', 'Culture', 'Libraries, theatres and the people who keep them open.', 2);

INSERT INTO author (id, slug, name, bio, photo_url) VALUES (1, 'oksana-hrytsenko', 'Oksana Hrytsenko',
    'Covers transport and the city council. Rides the night tram home.', NULL);
INSERT INTO author (id, slug, name, bio, photo_url) VALUES (2, 'taras-melnyk', 'Taras Melnyk',
    'Writes about books, libraries and the river.', '/media/taras-melnyk.jpg');

INSERT INTO tag (id, slug, name) VALUES (1, 'trams', 'Trams');
INSERT INTO tag (id, slug, name) VALUES (2, 'libraries', 'Libraries');

INSERT INTO source (id, slug, name, home_url) VALUES (1, 'city-transport-department', 'City transport department',
    'https://transport.city.example/');

INSERT INTO account (id, email, name, role, password_hash, author_id, active, created_at) VALUES (1,
    'iryna.bondar@leftbank.example', 'Iryna Bondar', 'administrator',
    '$argon2id$v=19$m=19456,t=2,p=1$hWD7y+2gwI317ENnt0sb/A$FNeeIb4Pe7QXdhu4TtB22m9/Ch3pyujX0i3kaqG/5v8', NULL, TRUE, 1788249600000);
INSERT INTO account (id, email, name, role, password_hash, author_id, active, created_at) VALUES (2,
    'taras.melnyk@leftbank.example', 'Taras Melnyk', 'contributor',
    '$argon2id$v=19$m=19456,t=2,p=1$hWD7y+2gwI317ENnt0sb/A$FNeeIb4Pe7QXdhu4TtB22m9/Ch3pyujX0i3kaqG/5v8', 2, FALSE, 1788426900000);

INSERT INTO media (id, file_stem, original_name, kind, width, height, byte_size, alt, caption, credit, uploaded_by,
    uploaded_at, search_text) VALUES (1, 'k3v9q2xw-night-tram-depot', 'night tram depot.jpg', 'jpeg', 2400, 1600,
    1843200, 'A red tram leaves the depot at night', 'Route 8 leaves the Livoberezhna depot on its first night run.',
    'Photo: Oksana Hrytsenko', 1, 1791979500000, 'night tram depot.jpg
a red tram leaves the depot at night
route 8 leaves the livoberezhna depot on its first night run.
photo: oksana hrytsenko');
INSERT INTO media_variant (media_id, width, height, file_name, byte_size) VALUES (1, 480, 320, 'k3v9q2xw-night-tram-depot-480.jpg', 38211);
INSERT INTO media_variant (media_id, width, height, file_name, byte_size) VALUES (1, 960, 640, 'k3v9q2xw-night-tram-depot-960.jpg', 121754);
INSERT INTO media_variant (media_id, width, height, file_name, byte_size) VALUES (1, 1600, 1067, 'k3v9q2xw-night-tram-depot-1600.jpg', 298402);

-- Published, then given a longer address (the old one redirects), with a featured image from the library.
INSERT INTO article (id, slug, title, standfirst, body_source, body_html, status, section_id, media_kind, published_at,
    updated_at, created_at, image_url, image_width, image_height, image_alt, image_caption, image_credit, comments_open,
    version, search_text, created_by, image_media_id, image_srcset, changed_at) VALUES (1,
    'night-trams-return-to-the-left-bank', 'Night trams return to the left bank',
    'Routes 8 and 12 run past midnight from Friday.',
    'Trams on routes 8 and 12 will run until half past one in the morning from Friday, the city transport department said on Wednesday.

> “People who work late shifts at the hospital have asked for this since the spring,” said the depot''s head, Serhii Koval.

The night trams stop at every second stop and cost the same as a day ticket.',
    '''<p>Trams on routes 8 and 12 will run until half past one in the morning from Friday, the city transport department said on Wednesday.</p>
<blockquote>
<p>“People who work late shifts at the hospital have asked for this since the spring,” said the depot&#39;s head, Serhii Koval.</p>
</blockquote>
<p>The night trams stop at every second stop and cost the same as a day ticket.</p>
''',
    'published', 1, 'text', 1791999000000, 1792048200000, 1791978000000,
    '/media/k3v9q2xw-night-tram-depot-1600.jpg', 1600, 1067, 'A red tram leaves the depot at night',
    'Route 8 leaves the Livoberezhna depot on its first night run.', 'Photo: Oksana Hrytsenko', TRUE, 3,
    'night trams return to the left bank
routes 8 and 12 run past midnight from friday.', 1, 1,
    '/media/k3v9q2xw-night-tram-depot-480.jpg 480w, /media/k3v9q2xw-night-tram-depot-960.jpg 960w, /media/k3v9q2xw-night-tram-depot-1600.jpg 1600w', 1792048200000);
-- Scheduled, published on time, later corrected; its body names the first story in a See-also block.
INSERT INTO article (id, slug, title, standfirst, body_source, body_html, status, section_id, media_kind, published_at,
    updated_at, created_at, image_url, image_width, image_height, image_alt, image_caption, image_credit, comments_open,
    version, search_text, created_by, image_media_id, image_srcset, changed_at) VALUES (2,
    'the-river-library-reopens-its-reading-room', 'The river library reopens its reading room',
    'New windows, a children''s corner and heating that works.',
    'After two winters behind plywood, the reading room of the river library opens again on Monday with new windows, a children''s corner and heating that works.

{{see-also 1}}

The library asks readers to bring back books borrowed before the closure; no fines will be charged.',
    '''<p>After two winters behind plywood, the reading room of the river library opens again on Monday with new windows, a children&#39;s corner and heating that works.</p>
<aside class="see-also" data-article="1"></aside>
<p>The library asks readers to bring back books borrowed before the closure; no fines will be charged.</p>
''',
    'published', 2, 'text', 1792562400000, 1792663200000, 1792486800000,
    NULL, NULL, NULL, NULL, NULL, NULL, TRUE, 2,
    'the river library reopens its reading room
new windows, a children''s corner and heating that works.', 1, NULL, NULL,
    1792663200000);
-- A contributor's draft, never published.
INSERT INTO article (id, slug, title, standfirst, body_source, body_html, status, section_id, media_kind, published_at,
    updated_at, created_at, image_url, image_width, image_height, image_alt, image_caption, image_credit, comments_open,
    version, search_text, created_by, image_media_id, image_srcset, changed_at) VALUES (3,
    'ferry-timetable-for-the-winter', 'Ferry timetable for the winter', 'Fewer crossings, an earlier start.',
    'The winter timetable has fewer crossings but the first ferry leaves earlier, at 6:10.',
    '''<p>The winter timetable has fewer crossings but the first ferry leaves earlier, at 6:10.</p>
''',
    'draft', 1, 'text', NULL, 1793624400000, 1793624400000,
    NULL, NULL, NULL, NULL, NULL, NULL, TRUE, 1,
    'ferry timetable for the winter
fewer crossings, an earlier start.', 2, NULL, NULL, 1793624400000);

INSERT INTO article_author (article_id, author_id, position) VALUES (1, 1, 0);
INSERT INTO article_author (article_id, author_id, position) VALUES (2, 2, 0);
INSERT INTO article_author (article_id, author_id, position) VALUES (2, 1, 1);
INSERT INTO article_author (article_id, author_id, position) VALUES (3, 2, 0);
INSERT INTO article_tag (article_id, tag_id) VALUES (1, 1);
INSERT INTO article_tag (article_id, tag_id) VALUES (2, 2);
INSERT INTO article_source (article_id, source_id) VALUES (1, 1);
INSERT INTO article_link (article_id, target_id) VALUES (2, 1);
INSERT INTO correction (id, article_id, noted_at, text) VALUES (1, 2, 1792663200000,
    'An earlier version said the reading room opens at 9:00. It opens at 10:00, Tuesday to Sunday.');
INSERT INTO article_redirect (old_path, article_id) VALUES ('/2026/10/14/night-trams-return/', 1);

INSERT INTO revision (id, article_id, version, saved_at, account_id, snapshot) VALUES (1, 1, 1, 1791978000000, 1,
    '{"slug":"night-trams-return","title":"Night trams return","standfirst":"Routes 8 and 12 run past midnight from Friday.","body":"Trams on routes 8 and 12 will run until half past one in the morning from Friday, the city transport department said on Wednesday.\n\n> “People who work late shifts at the hospital have asked for this since the spring,” said the depot''s head, Serhii Koval.\n\nThe night trams stop at every second stop and cost the same as a day ticket.","status":"draft","sectionId":1,"mediaKind":"text","commentsOpen":true,"publishedAt":null,"authorIds":[1],"tagIds":[1],"sourceIds":[1]}');
INSERT INTO revision (id, article_id, version, saved_at, account_id, snapshot) VALUES (2, 1, 2, 1791999000000, 1,
    '{"slug":"night-trams-return","title":"Night trams return to the left bank","standfirst":"Routes 8 and 12 run past midnight from Friday.","body":"Trams on routes 8 and 12 will run until half past one in the morning from Friday, the city transport department said on Wednesday.\n\n> “People who work late shifts at the hospital have asked for this since the spring,” said the depot''s head, Serhii Koval.\n\nThe night trams stop at every second stop and cost the same as a day ticket.","status":"published","sectionId":1,"mediaKind":"text","commentsOpen":true,"publishedAt":1791999000000,"image":{"url":"/media/k3v9q2xw-night-tram-depot-1600.jpg","width":1600,"height":1067,"alt":"A red tram leaves the depot at night","caption":"Route 8 leaves the Livoberezhna depot on its first night run.","credit":"Photo: Oksana Hrytsenko","mediaId":1,"srcset":"/media/k3v9q2xw-night-tram-depot-480.jpg 480w, /media/k3v9q2xw-night-tram-depot-960.jpg 960w, /media/k3v9q2xw-night-tram-depot-1600.jpg 1600w"},"authorIds":[1],"tagIds":[1],"sourceIds":[1]}');
INSERT INTO revision (id, article_id, version, saved_at, account_id, snapshot) VALUES (3, 1, 3, 1792048200000, 1,
    '{"slug":"night-trams-return-to-the-left-bank","title":"Night trams return to the left bank","standfirst":"Routes 8 and 12 run past midnight from Friday.","body":"Trams on routes 8 and 12 will run until half past one in the morning from Friday, the city transport department said on Wednesday.\n\n> “People who work late shifts at the hospital have asked for this since the spring,” said the depot''s head, Serhii Koval.\n\nThe night trams stop at every second stop and cost the same as a day ticket.","status":"published","sectionId":1,"mediaKind":"text","commentsOpen":true,"publishedAt":1791999000000,"image":{"url":"/media/k3v9q2xw-night-tram-depot-1600.jpg","width":1600,"height":1067,"alt":"A red tram leaves the depot at night","caption":"Route 8 leaves the Livoberezhna depot on its first night run.","credit":"Photo: Oksana Hrytsenko","mediaId":1,"srcset":"/media/k3v9q2xw-night-tram-depot-480.jpg 480w, /media/k3v9q2xw-night-tram-depot-960.jpg 960w, /media/k3v9q2xw-night-tram-depot-1600.jpg 1600w"},"authorIds":[1],"tagIds":[1],"sourceIds":[1]}');
INSERT INTO revision (id, article_id, version, saved_at, account_id, snapshot) VALUES (4, 2, 1, 1792486800000, 1,
    '{"slug":"the-river-library-reopens-its-reading-room","title":"The river library reopens its reading room","standfirst":"New windows, a children''s corner and heating that works.","body":"After two winters behind plywood, the reading room of the river library opens again on Monday with new windows, a children''s corner and heating that works.\n\n{{see-also 1}}\n\nThe library asks readers to bring back books borrowed before the closure; no fines will be charged.","status":"scheduled","sectionId":2,"mediaKind":"text","commentsOpen":true,"publishedAt":1792562400000,"authorIds":[2,1],"tagIds":[2],"sourceIds":[]}');
INSERT INTO revision (id, article_id, version, saved_at, account_id, snapshot) VALUES (5, 3, 1, 1793624400000, 2,
    '{"slug":"ferry-timetable-for-the-winter","title":"Ferry timetable for the winter","standfirst":"Fewer crossings, an earlier start.","body":"The winter timetable has fewer crossings but the first ferry leaves earlier, at 6:10.","status":"draft","sectionId":1,"mediaKind":"text","commentsOpen":true,"publishedAt":null,"authorIds":[2],"tagIds":[],"sourceIds":[]}');

-- Two approved comments (a question and its reply), one held for a moderator, one sent to spam.
INSERT INTO comment (id, article_id, parent_id, thread_id, depth, status, author_name, author_email, author_url,
    author_address, body_text, body_html, created_at, reasons, spam_points, writer_hash, content_hash, account_id)
    VALUES (1, 1, NULL, 1, 0, 'approved', 'Halyna Shevchuk', 'halyna.shevchuk@mail.example', '', NULL,
    'Finally. I finish at the bakery at midnight and have walked home across the bridge every night since March.',
    '<p>Finally. I finish at the bakery at midnight and have walked home across the bridge every night since March.</p>', 1792004520000, '', 0,
    '8fb7982c49b3abd060794a56fdc0821b393d10131c4d6b125ad3503a332c07e2', '9f9576aa71120ae756eb09ddd3d84fbb9c5e36c6aef632f2d10c2c02dc42a326', NULL);
INSERT INTO comment (id, article_id, parent_id, thread_id, depth, status, author_name, author_email, author_url,
    author_address, body_text, body_html, created_at, reasons, spam_points, writer_hash, content_hash, account_id)
    VALUES (2, 1, 1, 1, 1, 'approved', 'Petro Lysenko', 'petro@lysenko.example', 'https://lysenko.example/', NULL,
    'Does the night tram stop at Livoberezhna, or only at the depot end?',
    '<p>Does the night tram stop at Livoberezhna, or only at the depot end?</p>', 1792008900000, '', 0,
    'dada47c1bed62cbac08a77d19f0156947f8710f22c51c657e0aed960a7755e2a', 'e69ec5bcbd0b912dae550761ff601a32360540a6538f13804541c0efc508090d', NULL);
INSERT INTO comment (id, article_id, parent_id, thread_id, depth, status, author_name, author_email, author_url,
    author_address, body_text, body_html, created_at, reasons, spam_points, writer_hash, content_hash, account_id)
    VALUES (3, 1, NULL, 3, 0, 'pending', 'Andrii Koval', 'andrii.koval@mail.example', '', '203.0.113.45',
    'Will route 5 get night trams too? Asking for everyone on Rusanivka.',
    '<p>Will route 5 get night trams too? Asking for everyone on Rusanivka.</p>', 1792053000000, 'first comment from this address', 0,
    'fa9a5decf398cb251e369d4ea3be8f4058637935eb4effba9e3c36923111430f', 'f1079081ed37ada57440b5c59ff8e360a06403dd547a2860299a48226de506cc', NULL);
INSERT INTO comment (id, article_id, parent_id, thread_id, depth, status, author_name, author_email, author_url,
    author_address, body_text, body_html, created_at, reasons, spam_points, writer_hash, content_hash, account_id)
    VALUES (4, 2, NULL, 4, 0, 'spam', 'Best Followers', 'sales@followers.example', 'https://followers.example/', '198.51.100.7',
    'Get 10,000 guaranteed followers today, visit our page!',
    '<p>Get 10,000 guaranteed followers today, visit our page!</p>', 1792566000000, 'link to a site seen in spam
spam phrase: guaranteed followers', 9,
    '029d4e8612a3ea81ca4db1d5f7ec78f60fc22f87183d13cd527ae0a1e6164ace', '70318338b7834be3a3ad4f86a6d314ff7a415384a6642b09cde7ac8142e74286', NULL);
INSERT INTO spam_phrase (phrase, learned_at) VALUES ('guaranteed followers', 1792569600000);

-- Shares of the first story on its first two Kyiv days (days since 1970-01-01).
INSERT INTO share_count (article_id, network, day, count) VALUES (1, 'telegram', 20740, 41);
INSERT INTO share_count (article_id, network, day, count) VALUES (1, 'facebook', 20740, 12);
INSERT INTO share_count (article_id, network, day, count) VALUES (1, 'telegram', 20741, 9);

INSERT INTO account_session (token_hash, account_id, csrf_token, created_at, last_seen_at) VALUES (
    'c8b8ede4be48a66930f7760387da90d56776f1a6b29b8ae7777a426260d2650e', 1, 'Zk4yQm7rT2vWx9bN5cHs1pLd8gFj3aUe6iOo0tRyKwE', 1795161600000, 1795168800000);
INSERT INTO sign_in_failure (subject, failed_at) VALUES ('email:iryna.bondar@leftbank.example', 1795161480000);
INSERT INTO sign_in_failure (subject, failed_at) VALUES ('address:192.0.2.10', 1795161480000);

INSERT INTO audit_event (id, at, account_id, action, target_kind, target_id, summary) VALUES (1, 1788249600000, 1,
    'member-created', 'account', 1, 'set up the newsroom as its first administrator');
INSERT INTO audit_event (id, at, account_id, action, target_kind, target_id, summary) VALUES (2, 1788426900000, 1,
    'member-created', 'account', 2, 'added Taras Melnyk as Contributor');
INSERT INTO audit_event (id, at, account_id, action, target_kind, target_id, summary) VALUES (3, 1791978000000, 1,
    'story-created', 'story', 1, 'created “Night trams return” as draft');
INSERT INTO audit_event (id, at, account_id, action, target_kind, target_id, summary) VALUES (4, 1791979500000, 1,
    'image-uploaded', 'media', 1, 'uploaded night tram depot.jpg');
INSERT INTO audit_event (id, at, account_id, action, target_kind, target_id, summary) VALUES (5, 1792048200000, 1,
    'story-saved', 'story', 1, 'changed the address of “Night trams return to the left bank”');
INSERT INTO audit_event (id, at, account_id, action, target_kind, target_id, summary) VALUES (6, 1792562400000, NULL,
    'story-published', 'story', 2, 'published on schedule');
INSERT INTO audit_event (id, at, account_id, action, target_kind, target_id, summary) VALUES (7, 1792569600000, 1,
    'comments-spam', 'comment', 4, 'marked 1 comment as spam');
INSERT INTO audit_event (id, at, account_id, action, target_kind, target_id, summary) VALUES (8, 1792663200000, 1,
    'story-corrected', 'story', 2, 'added a correction: An earlier version said the reading room opens at 9:00.');
