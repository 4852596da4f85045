"""Farmers' market stallholder licensing with LLM document and photo checks: the first design.

The council runs several farmers' markets. Stallholders apply for a pitch through
an online portal, upload their food hygiene certificate and photos of their stall
set-up, and pay the pitch fee online once approved. A document check service sends
each certificate and photo, with the market rules, to a vendor-hosted multimodal
LLM and stores its findings next to the application. A markets officer reviews the
application, the uploads and the LLM's findings in a case console and decides every
application; the decision is e-mailed through the government notification service.
Pitch fees are taken on the payment provider's hosted page, so card details never
reach the council; the provider confirms payments by a signed webhook. Stallholders
sign in with e-mail and password; officers use council single sign-on with MFA.
Uploads are checked for file type and size, and the upload bucket is encrypted.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Farmers' market stallholder licensing and hygiene photo LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Pitch applications with LLM checks of hygiene certificates and stall photos.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Pitch application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, business, address, contact details, products sold, markets wanted.",
)
certificate = tg.Data(
    "Food hygiene certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
photos = tg.Data("Stall photos", kind="media", sensitivity=tg.Sensitivity.PII)
rules = tg.Data("Market rules", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
check_prompt = tg.Data(
    "Document check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Market rules, the certificate and the stall photos.",
)
check_result = tg.Data(
    "Document check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the certificate looks valid and in date, and rule breaches seen in the photos.",
)
decision = tg.Data("Officer decision", kind="records", sensitivity=tg.Sensitivity.PII)
app_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
decision_email = tg.Data("Decision e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
fee_request = tg.Data("Pitch fee request", kind="records", sensitivity=tg.Sensitivity.PII)
payment_session = tg.Data("Payment session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers and food producers applying for pitches; anyone can register.
    stallholder = tm.add(tg.Actor("Stallholder", role="applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the certificates and photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vision-capable chat model behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page and card processing for pitch fees.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Government notification service", trust=tg.Trust.PARTNER):
    # Sends decision and payment e-mails on the council's behalf.
    notify = tm.add(tg.ExternalService("E-mail notification service"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web portal for applications, uploads and status.
    portal = tm.add(
        tg.Endpoint(
            "Stallholder portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Applications, check results, decisions and payment status.
    app_db = tm.add(
        tg.DataStore(
            "Market applications database",
            stores={application, check_result, decision, app_status},
        )
    )
    # Uploaded certificates and stall photos.
    uploads = tm.add(
        tg.DataStore(
            "Upload bucket",
            stores={certificate, photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The market rules and pitch criteria the checks are made against.
    rules_store = tm.add(tg.DataStore("Market rules and pitch criteria", stores={rules}))
    # Sends each application's uploads and the rules to the LLM, stores its findings.
    checker = tm.add(tg.Service("Document check service"))
    # Creates payment sessions and records confirmed pitch fees.
    fee_service = tm.add(tg.Service("Pitch fee service"))

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Case console where officers review and decide applications.
    console = tm.add(
        tg.Service(
            "Markets case console",
            controls={
                c.Authentication(method="council single sign-on with MFA"),
                c.HumanInTheLoop(approver="markets officer decides every application"),
            },
        )
    )
    # Council officer who grants or refuses each pitch.
    officer = tm.add(tg.Actor("Markets officer", role="markets officer"))

# ---------------------------------------------------------------- flows
tm.flow(stallholder, portal, application, certificate, photos, protocol="https")
tm.flow(portal, stallholder, app_status, protocol="https")
tm.flow(portal, app_db, application)
tm.flow(portal, uploads, certificate, photos)
tm.flow(app_db, portal, app_status)

tm.flow(uploads, checker, certificate, photos)
tm.flow(rules_store, checker, rules)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, check_result, protocol="https")
tm.flow(checker, app_db, check_result)

tm.flow(app_db, console, application, check_result)
tm.flow(uploads, console, certificate, photos)
tm.flow(console, officer, application, check_result, certificate, photos, protocol="https")
tm.flow(officer, console, decision, protocol="https")
tm.flow(console, app_db, decision, app_status)
tm.flow(console, notify, decision_email, protocol="https")
tm.flow(notify, stallholder, decision_email, protocol="smtp")

tm.flow(portal, fee_service, fee_request)
tm.flow(fee_service, payments, payment_session, protocol="https")
tm.flow(payments, portal, payment_session, protocol="https", label="redirect to hosted page")
tm.flow(stallholder, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(
    payments,
    fee_service,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(fee_service, app_db, app_status, label="fee paid")
