"""Newsroom comment moderation LLM: the first design, before any security review.

Signed-in readers post comments under articles on the publisher's website and apps.
Each new comment waits in a pending queue until a moderation service has an LLM judge
it against the house community guidelines, with the article's text as context. The
model answers in JSON: publish, hide (abuse, spam, hate) or escalate (possible
defamation, contempt of court, identification of protected people). Published comments
are served back under the article; hidden ones stay in the queue; escalations go to
the moderation desk, whose moderators decide in a console. The LLM is an open-weights
model, pulled from a public model hub into our registry and served on our own GPUs in
the moderation cluster. Readers sign in through a third-party identity provider; the
comment API rate-limits posting. A malformed or missing verdict holds the comment for
the desk. Every verdict is logged for appeals and kept two years.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newsroom comment moderation LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Pre-publication moderation of reader comments by a self-hosted LLM, with "
        "legal-risk escalation to the moderation desk."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Reader sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
session_token = tg.Data(
    "Reader session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
comment = tg.Data(
    "Reader comment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Comment text, article id, reader account id, display name and IP address.",
)
article = tg.Data("Article text", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
guidelines = tg.Data(
    "Community guidelines and legal guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="House rules plus the legal desk's notes on live court cases and injunctions.",
)
prompt = tg.Data(
    "Moderation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the guidelines, an article excerpt and the comment.",
)
verdict = tg.Data(
    "Moderation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="publish / hide / escalate, with category and reason.",
)
published = tg.Data("Published comment", kind="records", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data(
    "Legal-risk escalation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Comment, article, the model's verdict and the legal risk it saw.",
)
desk_decision = tg.Data("Moderator decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
decision_log = tg.Data("Moderation decision log", kind="logs", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Moderation model weights", sensitivity=tg.Sensitivity.INTERNAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register and comment, trolls and litigants included.
    reader = tm.add(tg.Actor("Reader", role="commenter"))
    # Public hub the open-weights model is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Identity vendor", trust=tg.Trust.PARTNER):
    # Reader accounts and sign-in are run by a customer identity SaaS.
    idp = tm.add(
        tg.ExternalService(
            "Reader identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("Publisher cloud", trust=tg.Trust.INTERNAL):
    # Public API the site and apps use to post and fetch comments.
    comment_api = tm.add(
        tg.Endpoint(
            "Comment API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="session token from the reader identity provider (e-mail and password or social login)"
                ),
                c.RateLimiting(requests_per_minute=5),
                c.InputValidation(
                    note="length limit of 2,000 characters, UTF-8 only, HTML stripped"
                ),
            },
        )
    )
    # Comments waiting for a verdict, and hidden ones.
    pending_queue = tm.add(
        tg.DataStore(
            "Pending comment queue",
            stores={comment},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Comments live under articles.
    comment_db = tm.add(tg.DataStore("Published comments database", stores={published}))
    # The newsroom's content management system, source of article text for context.
    cms = tm.add(tg.DataStore("Article CMS", stores={article}))
    # House rules and legal notes that go into the system prompt.
    guidelines_store = tm.add(tg.DataStore("Moderation guidelines store", stores={guidelines}))
    # Builds the prompt, calls the model and applies its verdict.
    moderation_service = tm.add(
        tg.Service(
            "Moderation service",
            controls={
                c.UntrustedInputSegregation(
                    note="comment text sent in a delimited field marked as reader content"
                ),
                c.FailClosed(
                    fallback="comments with no verdict or invalid JSON are held for the moderation desk"
                ),
            },
        )
    )
    # Record of every verdict, for appeals and complaints.
    log_store = tm.add(
        tg.DataStore(
            "Moderation decision log",
            stores={decision_log},
            controls={c.RetentionLimits(days=730)},
        )
    )
    # Where the moderation desk reviews escalations.
    desk_console = tm.add(
        tg.Service(
            "Moderation desk console",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="moderation desk",
                    note="only comments the model escalates as a legal risk; publish and hide verdicts take effect directly",
                ),
            },
        )
    )

    with tm.boundary("Moderation GPU cluster", trust=tg.Trust.INTERNAL):
        # Stores the pinned model version that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning(note="served by digest")},
            )
        )
        # The open-weights LLM that judges each comment.
        llm = tm.add(tg.LLM("Moderation LLM", origin=tg.ModelOrigin.OPEN_WEIGHTS))

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Staff moderators who handle escalations and reader complaints.
    moderator = tm.add(tg.Actor("Moderator", role="moderation desk"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# sign-in
tm.flow(reader, idp, sign_in, protocol="https", controls={tls})
tm.flow(idp, reader, session_token, protocol="https", controls={tls})

# posting and reading comments
tm.flow(reader, comment_api, comment, session_token, protocol="https", controls={tls})
tm.flow(comment_api, reader, published, protocol="https", controls={tls})
tm.flow(comment_api, pending_queue, comment)
tm.flow(comment_db, comment_api, published)

# moderation
tm.flow(pending_queue, moderation_service, comment)
tm.flow(cms, moderation_service, article, label="article context")
tm.flow(guidelines_store, moderation_service, guidelines)
tm.flow(moderation_service, llm, prompt, protocol="http")
tm.flow(llm, moderation_service, verdict, protocol="http")
tm.flow(moderation_service, comment_db, published, label="publish")
tm.flow(moderation_service, pending_queue, verdict, label="hide")
tm.flow(moderation_service, log_store, decision_log)
tm.flow(moderation_service, desk_console, escalation, label="escalate legal risk")

# the moderation desk
tm.flow(desk_console, moderator, escalation, protocol="https")
tm.flow(moderator, desk_console, desk_decision, protocol="https")
tm.flow(desk_console, comment_db, published, label="approved after review")
tm.flow(desk_console, log_store, decision_log)
tm.flow(moderator, guidelines_store, guidelines, protocol="https", label="legal desk updates")

# model supply
tm.flow(model_hub, registry, weights, protocol="https", label="pulled by the platform team")
tm.flow(registry, llm, weights, label="load at start-up")
