"""Regional newspaper death notice submission: the first design, before any security review.

Families and funeral directors submit death notices through a form on the newspaper's
website; funeral directors have trade accounts, families submit as guests with an
e-mail address. A drafting service sends the wording, with the house style guide and
the rate card, to a hosted LLM that tidies it to the paper's style, flags signs that
the notice may be a hoax, and prices it. The submitter sees the proof and the price
and pays by card on the payment provider's hosted page; the provider confirms by
signed webhook. A notices clerk in the newsroom reviews every notice, with the hoax
flags, in a review console and approves it before it goes to the print layout system
and the website. Controls: TLS, a rate limit on the public form, password sign-in for
trade accounts, newsroom single sign-on with MFA and an audit log for the console,
the clerk's approval, and encryption at rest on the notices database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional newspaper death notice submission",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online death notice submission with LLM copy-editing, hoax screening "
    "and pricing, approved by a notices clerk before print and web publication.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Death notice submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Notice wording, the deceased's name, dates and funeral details, and the "
    "submitter's name, relationship, e-mail and phone number.",
)
photo = tg.Data("Photo of the deceased", kind="media", sensitivity=tg.Sensitivity.PII)
trade_credentials = tg.Data(
    "Funeral director sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
style_and_rates = tg.Data(
    "House style guide and rate card",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="How notices are worded and laid out, and the price per line and per photo.",
)
llm_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, style guide, rate card and the submitted wording.",
)
llm_output = tg.Data(
    "Tidied notice, hoax flags and price",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
proof = tg.Data("Notice proof and price", kind="documents", sensitivity=tg.Sensitivity.PII)
notice_records = tg.Data(
    "Notice records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Original and tidied wording, hoax flags, price, payment status, submitter "
    "contact details and the clerk's decision.",
)
payment_session = tg.Data(
    "Payment session request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
clerk_decision = tg.Data(
    "Clerk approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approved_notice = tg.Data(
    "Approved notice for publication", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
published_notice = tg.Data(
    "Published death notice", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
confirmation_email = tg.Data(
    "Submission and publication e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bereaved families, submitting as guests with only an e-mail address.
    family = tm.add(tg.Actor("Family member", role="bereaved relative"))
    # Funeral directors place most notices, through a trade account.
    funeral_director = tm.add(tg.Actor("Funeral director", role="trade customer"))
    # Anyone reading the notices on the website.
    reader = tm.add(tg.Actor("Website reader", role="reader"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card payment page; the newspaper never sees card numbers.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for proofs, receipts and publication notices.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Copy-edits the notice, looks for hoax signs and works out the price.
    llm = tm.add(
        tg.LLM(
            "Hosted notice LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Tidies wording to house style, screens for signs of a hoax "
            "and prices the notice from the rate card.",
        )
    )

with tm.boundary("Newspaper cloud", trust=tg.Trust.INTERNAL):
    # Public submission form, trade account sign-in, proof and payment pages.
    portal = tm.add(
        tg.Endpoint(
            "Notice submission portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per IP on the submission form"),
                c.Authentication(method="e-mail and password for funeral director trade accounts"),
            },
        )
    )
    # Builds the prompt, calls the LLM and stores the draft, flags and price.
    drafting = tm.add(tg.Service("Notice drafting service"))
    # The house style guide and rate card the drafting service sends with each notice.
    style_store = tm.add(tg.DataStore("Style guide and rate card", stores={style_and_rates}))
    # Every submission from first draft to publication.
    notices_db = tm.add(
        tg.DataStore(
            "Notices database",
            stores={notice_records, photo, trade_credentials},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Online notices section of the newspaper website.
    cms = tm.add(tg.Service("Website CMS"))

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Checks each notice and its hoax flags, often phoning the funeral director.
    clerk = tm.add(tg.Actor("Notices clerk", role="notices clerk"))
    # Where the clerk reviews, edits and approves notices.
    console = tm.add(
        tg.Service(
            "Notice review console",
            controls={
                c.Authentication(method="newsroom single sign-on with MFA"),
                c.HumanInTheLoop(approver="notices clerk"),
                c.AuditLogging(),
            },
        )
    )
    # Pagination system that lays out the notices page for print.
    print_system = tm.add(tg.Service("Print layout system"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Submitting.
tm.flow(family, portal, submission, photo, protocol="https", controls={tls})
tm.flow(
    funeral_director, portal, trade_credentials, submission, photo, protocol="https", controls={tls}
)
tm.flow(portal, notices_db, submission, photo, trade_credentials)
tm.flow(notices_db, portal, trade_credentials, proof, label="sign-in check and proof")
tm.flow(portal, drafting, submission)

# Drafting, screening and pricing.
tm.flow(style_store, drafting, style_and_rates)
tm.flow(drafting, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, drafting, llm_output, protocol="https", controls={tls})
tm.flow(drafting, notices_db, notice_records)
tm.flow(drafting, portal, proof)
tm.flow(portal, family, proof, protocol="https", controls={tls})
tm.flow(portal, funeral_director, proof, protocol="https", controls={tls})

# Paying.
tm.flow(portal, payments, payment_session, protocol="https", controls={tls})
tm.flow(
    family, payments, card_details, protocol="https", controls={tls}, label="hosted payment page"
)
tm.flow(
    funeral_director,
    payments,
    card_details,
    protocol="https",
    controls={tls},
    label="hosted payment page",
)
tm.flow(
    payments,
    portal,
    payment_confirmation,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="webhook signature verified")},
    label="webhook",
)
tm.flow(portal, notices_db, payment_confirmation)

# E-mails to submitters.
tm.flow(drafting, email, confirmation_email, protocol="https", controls={tls})
tm.flow(email, family, confirmation_email, protocol="smtp")
tm.flow(email, funeral_director, confirmation_email, protocol="smtp")

# Review and approval.
tm.flow(notices_db, console, notice_records, photo)
tm.flow(console, clerk, notice_records, photo)
tm.flow(clerk, console, clerk_decision, label="approve, edit or reject")
tm.flow(console, notices_db, notice_records, clerk_decision)

# Publishing.
tm.flow(console, print_system, approved_notice, photo, label="approved notices")
tm.flow(console, cms, approved_notice, photo, protocol="https", controls={tls})
tm.flow(cms, reader, published_notice, photo, protocol="https", controls={tls})
