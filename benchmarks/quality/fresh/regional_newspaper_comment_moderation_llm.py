"""Reader comment moderation for a regional newspaper: the first design.

Readers of our UK regional newspaper sign in to their reader account on the
website and post comments under articles. Nothing is published straight away:
every new comment goes to a moderation service, which sends the comment, the
article it sits under and our moderation guidelines (defamation, contempt of
court, abuse, hate speech) to a hosted LLM. The model answers publish, reject or
refer. Publish and reject verdicts apply automatically; referred comments wait
in the moderation console for the duty moderation editor. A reader whose
comment is rejected gets an e-mail and can appeal, and the appeal goes to an
editor in the same console. The website backend runs in our cloud tenant,
editors sign in to the console with newsroom SSO, and each verdict is logged
with the guideline the model cited so that the legal team can reconstruct a
decision. Comments stay pending if the model does not answer.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional newspaper comment moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Pre-moderation of reader comments by a hosted LLM for defamation and abuse, "
        "with editors handling referrals and appeals."
    ),
)

# ---------------------------------------------------------------- data assets
comment = tg.Data(
    "Reader comment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Comment text, display name and the article it replies to.",
)
appeal = tg.Data(
    "Comment appeal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The reader's reasons for asking an editor to reconsider a rejection.",
)
published = tg.Data(
    "Published comments",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Approved comments shown under each article.",
)
reader_account = tg.Data(
    "Reader account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail address, display name and comment history.",
)
password_hashes = tg.Data(
    "Reader password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
article = tg.Data(
    "Article text",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The published article a comment sits under, for context.",
)
guidelines = tg.Data(
    "Moderation guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="System prompt and the legal team's defamation and abuse rules.",
)
moderation_prompt = tg.Data(
    "Moderation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidelines, article text and the comment, with the reader's display name.",
)
verdict = tg.Data(
    "Moderation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Publish, reject or refer, with the guideline cited and a short reason.",
)
referral = tg.Data(
    "Referred comments and appeals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The editor's queue: comment, model verdict and any appeal.",
)
editor_decision = tg.Data(
    "Editor decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Publish or uphold the rejection, with the editor's note.",
)
decision_record = tg.Data(
    "Moderation decision record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notification = tg.Data(
    "Moderation notice e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the reader a comment was rejected, with an appeal link, or an appeal's outcome.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register a reader account and comment.
    reader = tm.add(tg.Actor("Reader", role="registered commenter"))

with tm.boundary("Newspaper cloud tenant", trust=tg.Trust.INTERNAL):
    # The website's public comment API: posting, appeals and reading comments.
    comment_api = tm.add(
        tg.Endpoint(
            "Comment API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="reader account e-mail and password"),
                c.RateLimiting(requests_per_minute=10),
                c.InputValidation(note="length limit, HTML stripped"),
            },
        )
    )
    # Keeps the comment queue and publishes comments once a verdict is in.
    comment_service = tm.add(
        tg.Service(
            "Comment service",
            description="Holds new comments as pending, applies verdicts and editor decisions.",
            controls={c.Contestability(note="rejected readers can appeal to an editor")},
        )
    )
    # Pending, published and rejected comments, plus reader accounts.
    comment_db = tm.add(
        tg.DataStore(
            "Comment database",
            stores={comment, appeal, reader_account, password_hashes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt, calls the LLM and routes the verdict.
    moderation_service = tm.add(
        tg.Service(
            "Moderation service",
            description="Sends each pending comment to the moderation LLM and applies its verdict.",
            controls={
                c.HumanInTheLoop(
                    approver="duty moderation editor",
                    note="only comments the model refers, and appeals; publish and reject "
                    "verdicts apply automatically",
                ),
                c.FailClosed(fallback="comments stay pending until the model answers"),
                c.ExplainabilityLogging(),
            },
        )
    )
    # The legal team's guidelines and the system prompt, read on every call.
    guidelines_store = tm.add(tg.DataStore("Moderation guidelines store", stores={guidelines}))
    # Every verdict and editor decision, for defamation complaints and audits.
    decision_log = tm.add(tg.DataStore("Moderation decision log", stores={decision_record}))
    # Where editors work through referrals and appeals, from the newsroom or home.
    console = tm.add(
        tg.Service(
            "Moderation console",
            internet_facing=True,
            controls={
                c.Authentication(method="newsroom Microsoft 365 SSO with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model used as the moderation classifier.
    llm = tm.add(
        tg.LLM(
            "Moderation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted model prompted to moderate comments: publish, reject or refer.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for rejection notices and appeal outcomes.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Sub-editors on the moderation rota; they also maintain the guidelines.
    editor = tm.add(tg.Actor("Moderation editor", role="editor"))
    # The CMS the articles are published from, read for context.
    cms = tm.add(tg.DataSource("Newsroom CMS", origin=tg.Origin.INTERNAL, provides={article}))

# ---------------------------------------------------------------- flows
tm.flow(reader, comment_api, comment, appeal, protocol="https")
tm.flow(comment_api, reader, published, protocol="https")
tm.flow(comment_api, comment_service, comment, appeal)
tm.flow(comment_service, comment_api, published)
tm.flow(comment_service, comment_db, comment, appeal)
tm.flow(comment_db, comment_service, comment, reader_account)
tm.flow(comment_api, comment_db, reader_account, label="sign-up and sign-in")
tm.flow(comment_db, comment_api, reader_account, password_hashes, label="sign-in check")

tm.flow(comment_service, moderation_service, comment, label="new pending comment")
tm.flow(guidelines_store, moderation_service, guidelines)
tm.flow(cms, moderation_service, article, protocol="https")
tm.flow(moderation_service, llm, moderation_prompt, protocol="https")
tm.flow(llm, moderation_service, verdict, protocol="https")
tm.flow(moderation_service, comment_service, verdict)
tm.flow(moderation_service, decision_log, decision_record)

tm.flow(comment_service, console, referral)
tm.flow(console, editor, referral, protocol="https")
tm.flow(editor, console, editor_decision, guidelines, protocol="https")
tm.flow(console, comment_service, editor_decision)
tm.flow(console, guidelines_store, guidelines, label="guideline updates")
tm.flow(console, decision_log, decision_record, label="editor decisions")

tm.flow(comment_service, mailer, notification, protocol="https")
tm.flow(mailer, reader, notification, protocol="smtp")
