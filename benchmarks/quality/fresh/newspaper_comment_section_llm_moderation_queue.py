"""Newspaper comment section with toxicity scoring and an LLM moderation queue.

Readers of a European newspaper's website sign in with a social login (Google,
Facebook or Apple) and post comments under articles. Every comment goes through
a moderation service: an in-house toxicity classifier scores it, and a hosted LLM
writes a short explanation of the score in plain language. Comments that score
below the threshold are published at once; those above it are held in a
moderation queue, with the score and explanation, for the desk moderators, and the
commenter is told the comment is held and why. Commenters can appeal a held or
removed comment; appeals join the same queue. Moderators work the queue in a web
console behind the newsroom's SSO, and their publish/reject decisions are kept as
labels from which the toxicity model is retrained every week and promoted by an
ML engineer. Everything except the identity providers and the LLM runs in the
newspaper's cloud account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newspaper comment moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Toxicity-scored reader comments, with an LLM-explained moderation queue "
    "and appeals, retrained from moderator decisions.",
)

# ---------------------------------------------------------------- data assets
id_token = tg.Data(
    "Social login ID token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC ID token with the commenter's provider account id, name and e-mail.",
)
comment = tg.Data(
    "Reader comment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Comment text, article id, commenter's display name and account id.",
)
score = tg.Data("Toxicity score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
explain_prompt = tg.Data(
    "Score explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the comment text and its toxicity score.",
)
explanation = tg.Data("Score explanation", kind="model-output", sensitivity=tg.Sensitivity.PII)
held_item = tg.Data(
    "Held comment with score and explanation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
status_notice = tg.Data(
    "Comment status notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Published, held (with the explanation) or removed, and appeal outcomes.",
)
appeal = tg.Data("Commenter appeal", kind="records", sensitivity=tg.Sensitivity.PII)
published = tg.Data("Published comments", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
decision = tg.Data(
    "Moderator decision",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Publish or reject, with the reason code, the comment text and the moderator id.",
)
weights = tg.Data(
    "Toxicity model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a social account can comment, including trolls and spammers.
    commenter = tm.add(tg.Actor("Commenter", role="signed-in reader"))
    # Anonymous readers see only what has been published.
    reader = tm.add(tg.Actor("Reader", role="anonymous reader"))

with tm.boundary("Social identity providers", trust=tg.Trust.PARTNER):
    # Google, Facebook and Apple sign commenters in; we keep no passwords.
    idp = tm.add(
        tg.ExternalService(
            "Social login provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the plain-language explanation of each score for moderators and commenters.
    llm = tm.add(
        tg.LLM(
            "Explanation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted chat model, called with a fixed system prompt.",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our calls")},
        )
    )

with tm.boundary("Newspaper cloud", trust=tg.Trust.INTERNAL):
    # The public comments API the article pages call: post, status, appeal, list.
    comment_api = tm.add(
        tg.Endpoint(
            "Comments API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="social login (OIDC) for posting and appeals"),
                c.RateLimiting(requests_per_minute=10, note="per account, for posts and appeals"),
                c.Contestability(note="held or removed comments can be appealed once"),
            },
        )
    )
    # Routes each comment: score, explain, then publish or hold.
    moderation = tm.add(
        tg.Service(
            "Moderation service",
            description="Publishes comments scoring below 0.7 at once; holds the rest.",
            controls={c.HumanInTheLoop(approver="desk moderator", above="toxicity score 0.7")},
        )
    )
    # Fine-tuned transformer that scores each comment for toxicity.
    toxicity = tm.add(
        tg.Model(
            "Toxicity classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Multilingual transformer fine-tuned on our own moderation history.",
        )
    )
    # All comments and their status, the source of the article pages' comment threads.
    comment_db = tm.add(
        tg.DataStore(
            "Comment database",
            stores={comment, published, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Held comments and appeals waiting for a moderator.
    queue = tm.add(tg.DataStore("Moderation queue", stores={held_item, appeal}))
    # The moderators' web app for working through the queue.
    console = tm.add(
        tg.Service(
            "Moderator console",
            controls={
                c.Authentication(method="newsroom SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Moderator decisions with the comment text, the labels for retraining.
        decisions = tm.add(tg.Dataset("Moderation decision set", stores={decision}))
        # Weekly fine-tuning of the toxicity classifier on the latest decisions.
        retraining = tm.add(
            tg.Pipeline(
                "Weekly retraining job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out test set must not regress")},
            )
        )
        # Versions of the classifier; the engineer promotes one to serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Community desk staff who review held comments and appeals.
    moderator = tm.add(tg.Actor("Desk moderator", role="moderator"))
    # Owns the classifier and approves each new version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(commenter, idp, protocol="https", label="social sign-in")
tm.flow(idp, comment_api, id_token, protocol="oidc")

# posting and scoring
tm.flow(commenter, comment_api, comment, protocol="https")
tm.flow(comment_api, moderation, comment)
tm.flow(moderation, toxicity, comment)
tm.flow(toxicity, moderation, score)
tm.flow(moderation, llm, explain_prompt, protocol="https")
tm.flow(llm, moderation, explanation, protocol="https")
tm.flow(moderation, comment_db, comment, published, label="store; publish if below threshold")
tm.flow(moderation, queue, held_item, label="hold if above threshold")
tm.flow(comment_db, comment_api, published, status_notice)
tm.flow(comment_api, commenter, status_notice, published, protocol="https")
tm.flow(comment_api, reader, published, protocol="https")

# appeals
tm.flow(commenter, comment_api, appeal, protocol="https", label="appeal")
tm.flow(comment_api, queue, appeal)

# moderation
tm.flow(queue, console, held_item, appeal)
tm.flow(console, moderator, held_item, appeal, protocol="https")
tm.flow(moderator, console, decision, protocol="https")
tm.flow(console, comment_db, decision, label="publish or reject")
tm.flow(console, decisions, decision)

# retraining
tm.flow(decisions, retraining, decision)
tm.flow(retraining, registry, weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="promotes version")
tm.flow(registry, toxicity, weights, label="deploy")
