"""Wedding celebrant ceremony script writing: the first design, before any security review.

An independent wedding celebrant in the UK runs her own website on a managed
WordPress host. After a booking, each couple gets a private questionnaire link by
e-mail and tells their story there: how they met, family members to mention, loved
ones who have died, readings, vows and any beliefs to reflect. A drafting plugin on
the site combines the answers with the celebrant's style guide and sends them to a
hosted LLM, then saves the draft ceremony script as a document in her cloud
document workspace. The celebrant edits it there, and when it is final she sends
the couple an approval e-mail through the site; they approve or ask for changes on
the site. Controls: HTTPS everywhere, form validation on the questionnaire, TOTP on
the admin login, sharing of documents restricted to her account, the LLM vendor's
terms reviewed, and every draft is read and edited by the celebrant before the
couple sees it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding celebrant ceremony script writing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Couples' questionnaire answers are drafted into a ceremony script by a hosted "
        "LLM, edited by the celebrant in a shared document and approved by the couple."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Couple's names, e-mail addresses, phone numbers, ceremony date and venue.",
)
answers = tg.Data(
    "Couple questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Their story, family and guests to mention, deceased relatives, previous "
    "marriages and children, religious or cultural wishes.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
style_guide = tg.Data(
    "Celebrant style guide and prompt",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, ceremony structure and the celebrant's own template wording.",
)
prompt = tg.Data("Script drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Draft ceremony script", kind="model-output", sensitivity=tg.Sensitivity.PII)
script = tg.Data(
    "Final ceremony script",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval_email = tg.Data(
    "Approval request e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Final script attached as PDF, with a link to the approval page.",
)
decision = tg.Data(
    "Couple approval or change requests",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
)
api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The couple fill in the questionnaire and approve the final script.
    couple = tm.add(tg.Actor("Couple", role="client"))

with tm.boundary("Celebrant home office", trust=tg.Trust.INTERNAL):
    # Sole trader: runs the site, edits every script, talks to the couples.
    celebrant = tm.add(tg.Actor("Celebrant", role="business owner", privileged=True))

with tm.boundary("Managed WordPress host", trust=tg.Trust.INTERNAL):
    # Public pages where couples answer the questionnaire and approve the script.
    portal = tm.add(
        tg.Endpoint(
            "Couple portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Questionnaire and approval pages on the celebrant's website.",
            controls={
                c.Authentication(method="unique questionnaire link per booking"),
                c.InputValidation(note="form plugin field validation and length limits"),
            },
        )
    )
    # WordPress admin, reachable from anywhere at /wp-admin.
    admin = tm.add(
        tg.Service(
            "Website admin dashboard",
            internet_facing=True,
            description="Where the celebrant reads answers, starts drafting and sends approval e-mails.",
            controls={c.Authentication(method="WordPress password with TOTP 2FA plugin")},
        )
    )
    # The site's MySQL database: bookings, answers, approvals and plugin settings.
    site_db = tm.add(
        tg.DataStore(
            "Website database",
            stores={booking, answers, script, decision, api_key},
        )
    )
    # Plugin settings page content: the instructions every draft starts from.
    guide_store = tm.add(tg.DataStore("Style guide and templates", stores={style_guide}))
    # Custom plugin that builds the prompt and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Script drafting plugin",
            description="Builds the prompt from the answers and style guide, calls the LLM, "
            "creates the draft document.",
            controls={
                c.HumanInTheLoop(
                    approver="the celebrant edits every draft before the couple sees it"
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model; API data not used for training per vendor terms.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="API terms: no training on inputs, 30-day retention")
            },
        )
    )

with tm.boundary("Cloud document workspace", trust=tg.Trust.PARTNER):
    # The celebrant's document account, where drafts are edited into the final script.
    docs = tm.add(
        tg.DataStore(
            "Ceremony script documents",
            stores={draft, script},
            controls={c.RBAC(note="documents private to the celebrant's account, no link sharing")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used by the site.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# questionnaire
tm.flow(admin, mailer, booking, protocol="https", label="questionnaire link")
tm.flow(mailer, couple, booking, protocol="smtp", label="questionnaire link e-mail")
tm.flow(couple, portal, answers, protocol="https", controls={tls})
tm.flow(portal, site_db, answers)

# drafting
tm.flow(celebrant, admin, booking, protocol="https", label="starts drafting")
tm.flow(site_db, admin, booking, answers)
tm.flow(admin, celebrant, answers, protocol="https")
tm.flow(admin, drafter, booking, label="draft request")
tm.flow(site_db, drafter, answers, api_key)
tm.flow(guide_store, drafter, style_guide)
tm.flow(celebrant, admin, style_guide, protocol="https", label="edits style guide")
tm.flow(admin, guide_store, style_guide)
tm.flow(drafter, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, drafter, draft, protocol="https", controls={tls})
tm.flow(drafter, docs, draft, protocol="https", label="creates draft document")

# editing and approval
tm.flow(celebrant, docs, script, protocol="https", label="edits the draft")
tm.flow(docs, celebrant, draft, script, protocol="https")
tm.flow(celebrant, admin, script, protocol="https", label="uploads final PDF")
tm.flow(admin, site_db, script)
tm.flow(admin, mailer, approval_email, protocol="https")
tm.flow(mailer, couple, approval_email, protocol="smtp")
tm.flow(site_db, portal, script)
tm.flow(portal, couple, script, protocol="https", label="approval page")
tm.flow(couple, portal, decision, protocol="https", controls={tls})
tm.flow(portal, site_db, decision)
tm.flow(site_db, admin, decision)
tm.flow(admin, celebrant, decision, protocol="https")
