"""Reader comment moderation for a national newspaper: the first design.

Readers sign in with their newspaper account (e-mail and password, or Google or
Apple sign-in) and post comments under articles through the comments API. A
moderation service sends each comment, wrapped in a prompt that carries the
house rules, to a hosted LLM that classifies it as fine, borderline or in breach.
Fine comments are published at once; borderline ones wait in a queue for a duty
moderator in the newsroom; clear breaches are removed and the reader is told by
e-mail, with a link to appeal. Appeals land in the same moderation console.
Everything runs in the newspaper's cloud account except the LLM (a vendor API
under a data processing agreement) and the e-mail delivery provider. The design
has sign-in on the comments API, per-account posting limits, staff SSO with
roles on the console, encrypted databases, and a log of every moderation
decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newspaper comment moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="A hosted LLM classifies reader comments against the house rules before publication.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Reader sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
session = tg.Data("Reader session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
account = tg.Data(
    "Reader account",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="E-mail address, display name, hashed password, subscription status.",
)
comment = tg.Data(
    "Reader comment",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Comment text, article id, display name and account id.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
moderation_prompt = tg.Data(
    "Moderation prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The house rules, the article headline and the comment text.",
)
classification = tg.Data(
    "Comment classification",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="fine / borderline / breach, with the house rule it breaks and a short reason.",
)
house_rules = tg.Data(
    "House rules and prompt template",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
moderation_decision = tg.Data(
    "Moderation decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Publish, hold or remove, who or what decided, and why.",
)
published = tg.Data("Published comments", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
held = tg.Data("Held comments and appeals", sensitivity=tg.Sensitivity.PII, kind="records")
appeal = tg.Data("Removal appeal", sensitivity=tg.Sensitivity.PII, kind="records")
notice = tg.Data(
    "Removal notice e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Tells the reader which comment was removed, under which rule, and how to appeal.",
)
moderation_log = tg.Data("Moderation decision log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a free newspaper account and comment, trolls included.
    reader = tm.add(tg.Actor("Reader", role="commenter"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The classifier itself: a general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Comment moderation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            task=tg.Task.CLASSIFIER,
            description="Hosted LLM prompted to classify each comment against the house rules.",
            controls={
                c.SupplierAssessment(note="DPA signed; vendor's zero-retention option enabled")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the removal notices; the newspaper already uses it for newsletters.
    mailer = tm.add(tg.ExternalService("E-mail delivery provider"))

with tm.boundary("Newspaper cloud", trust=tg.Trust.INTERNAL):
    # Where readers post comments and appeals; the website's comment widget calls it.
    comments_api = tm.add(
        tg.Endpoint(
            "Comments API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="newspaper account session cookie"),
                c.RateLimiting(requests_per_minute=5, note="per account, posting only"),
                c.InputValidation(note="length limit of 2,000 characters, UTF-8 only"),
            },
        )
    )
    # Serves published comments to the article pages through the CDN, no sign-in needed.
    comment_feed = tm.add(tg.Endpoint("Public comment feed", purpose=tg.EndpointPurpose.API))
    # The existing account system for subscribers and registered readers.
    accounts = tm.add(
        tg.Service(
            "Reader account service",
            controls={c.Authentication(method="e-mail and password, or Google or Apple sign-in")},
        )
    )
    # Calls the LLM for each new comment and acts on its classification.
    moderation = tm.add(
        tg.Service(
            "Moderation service",
            description="Builds the prompt, calls the LLM, then publishes, holds or removes the comment.",
            controls={
                c.SecretsManagement(note="LLM API key in the cloud secret manager"),
                c.HumanInTheLoop(
                    approver="duty moderator",
                    note="only comments the LLM calls borderline wait for a person",
                ),
                c.Contestability(note="removed comments can be appealed to a moderator"),
            },
        )
    )
    # Staff web app for the held queue, appeals and editing the house rules.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(note="moderators and community editors"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Account records behind the sign-in.
        account_db = tm.add(
            tg.DataStore(
                "Reader account database",
                stores={account},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Every comment with its status: published, held, removed, under appeal.
        comment_db = tm.add(
            tg.DataStore(
                "Comment database",
                stores={comment, moderation_decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The house rules text and prompt the moderation service sends with each comment.
        rules_store = tm.add(tg.DataStore("House rules config", stores={house_rules}))
        # Who decided what, kept for appeals and for legal complaints about comments.
        decision_log = tm.add(
            tg.DataStore(
                "Moderation log store",
                stores={moderation_log},
                controls={c.AuditLogging(retention_days=365)},
            )
        )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Reviews held comments and appeals.
    moderator = tm.add(tg.Actor("Duty moderator", role="moderator"))
    # Owns the house rules and the prompt wording.
    editor = tm.add(tg.Actor("Community editor", role="community editor", privileged=True))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(reader, accounts, credentials, protocol="https")
tm.flow(accounts, reader, session, protocol="https")
tm.flow(accounts, account_db, account)
tm.flow(account_db, accounts, account)
tm.flow(comments_api, accounts, session, label="validate session")
tm.flow(accounts, comments_api, account, label="account id and status")

# posting and automatic moderation
tm.flow(reader, comments_api, comment, session, protocol="https")
tm.flow(comments_api, comment_db, comment, label="stored as pending")
tm.flow(comments_api, moderation, comment)
tm.flow(rules_store, moderation, house_rules)
tm.flow(moderation, llm, moderation_prompt, protocol="https")
tm.flow(llm, moderation, classification, protocol="https")
tm.flow(moderation, comment_db, moderation_decision, label="publish, hold or remove")
tm.flow(moderation, decision_log, moderation_log)
tm.flow(moderation, mailer, notice, protocol="https")
tm.flow(mailer, reader, notice, protocol="smtp")

# reading published comments
tm.flow(comment_db, comment_feed, published)
tm.flow(comment_feed, reader, published, protocol="https")

# appeals
tm.flow(reader, comments_api, appeal, session, protocol="https", label="appeal a removal")
tm.flow(comments_api, comment_db, appeal)

# human review
tm.flow(comment_db, console, held)
tm.flow(console, moderator, held, protocol="https")
tm.flow(moderator, console, moderation_decision, protocol="https")
tm.flow(console, comment_db, moderation_decision)
tm.flow(console, decision_log, moderation_log)
tm.flow(editor, console, house_rules, protocol="https", label="edits house rules")
tm.flow(console, rules_store, house_rules)
