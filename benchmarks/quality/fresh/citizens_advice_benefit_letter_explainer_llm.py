"""Benefit letter explainer: the first design, before any security review.

Members of the public open the advice service's web chat and upload a photo of a
letter from the benefits agency, their landlord or a creditor. A cloud OCR API
reads the photo; an orchestrator retrieves the charity's own advice articles and
asks a hosted LLM to explain the letter in plain language, pull out deadlines
and draft a reply or an appeal. People may chat anonymously, or sign in with an
e-mail and password to keep their case. Cases and drafts are synced to the case
management system, where advisers (SSO with MFA, role-based access) check every
draft before it is released and book appointments; booking confirmations go out
by e-mail and SMS through a notification provider. Everything runs in the
charity's cloud tenancy; the LLM and OCR vendors are under a data processing
agreement. Upload endpoint checks file type and size and rate-limits sessions;
letter photos are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Benefit letter explainer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM that explains benefit, housing and debt letters and drafts replies for advisers to check.",
)

# ---------------------------------------------------------------- data assets
letter_photo = tg.Data(
    "Letter photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Photo of a benefits, tenancy or debt letter: names, addresses, reference numbers, amounts owed, sometimes health details.",
)
letter_text = tg.Data("Letter text", kind="documents", sensitivity=tg.Sensitivity.PII)
chat_message = tg.Data("Chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Explainer prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the letter text, the chat history and retrieved advice articles.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
explanation = tg.Data(
    "Letter explanation and draft reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Plain-language summary, deadlines found in the letter and a draft reply or appeal.",
)
advice_articles = tg.Data(
    "Advice articles", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
case_record = tg.Data(
    "Case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Signed-in person's letters, chat history, deadlines and drafts.",
)
checked_draft = tg.Data("Adviser-checked reply", kind="documents", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data("Appointment request", sensitivity=tg.Sensitivity.PII, kind="records")
booking = tg.Data("Appointment booking", sensitivity=tg.Sensitivity.PII, kind="records")
confirmation = tg.Data(
    "Booking confirmation message", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat; most users are anonymous, some sign in to keep a case.
    person = tm.add(tg.Actor("Member of the public", role="advice seeker"))

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Reads the text off photographed letters.
    ocr = tm.add(
        tg.ExternalService(
            "Cloud OCR API",
            provides="model-api",
            controls={c.SupplierAssessment(note="DPA signed; no retention of images")},
        )
    )
    # Writes the explanation, deadlines and the draft reply.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed; prompts not used for training")},
        )
    )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Sends appointment confirmations and reminders by e-mail and SMS.
    notifier = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web chat: uploads, chat turns, sign-in for people who keep a case.
    chat_app = tm.add(
        tg.Endpoint(
            "Advice chat web app",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password, optional; anonymous sessions allowed"
                ),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Keeps uploaded letter photos for the session or the case.
    letter_store = tm.add(
        tg.DataStore(
            "Letter image store",
            stores={letter_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs OCR, retrieval and the LLM call, extracts deadlines.
    orchestrator = tm.add(
        tg.Service(
            "Letter explainer orchestrator",
            controls={c.SecretsManagement(note="vendor API keys in the cloud secret store")},
        )
    )
    # The charity's published advice pages, chunked for retrieval.
    guidance = tm.add(tg.VectorStore("Advice article index", stores={advice_articles}))
    # Signed-in people's cases: letters, chats, deadlines and drafts.
    case_store = tm.add(tg.DataStore("Case store", stores={case_record, checked_draft}))
    # Offers adviser slots and records appointments.
    booking_svc = tm.add(tg.Service("Appointment booking service"))

with tm.boundary("Advice centre network", trust=tg.Trust.INTERNAL):
    # Where advisers work cases and release checked drafts.
    cms = tm.add(
        tg.Service(
            "Case management system",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="adviser checks every draft reply or appeal"),
            },
        )
    )
    # Trained advisers who check drafts and meet clients.
    adviser = tm.add(tg.Actor("Adviser", role="advice staff"))

# ---------------------------------------------------------------- flows
tm.flow(person, chat_app, letter_photo, chat_message, protocol="https")
tm.flow(chat_app, person, explanation, checked_draft, protocol="https")
tm.flow(chat_app, letter_store, letter_photo)
tm.flow(chat_app, orchestrator, chat_message, letter_photo)
tm.flow(orchestrator, chat_app, explanation)

tm.flow(orchestrator, ocr, letter_photo, protocol="https")
tm.flow(ocr, orchestrator, letter_text, protocol="https")
tm.flow(orchestrator, guidance, chat_message, label="similarity query")
tm.flow(guidance, orchestrator, advice_articles, label="retrieved articles")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(orchestrator, case_store, case_record, label="signed-in cases only")
tm.flow(case_store, chat_app, case_record, checked_draft, label="returning user's case")
tm.flow(case_store, cms, case_record, protocol="https", label="case sync")
tm.flow(cms, case_store, checked_draft, protocol="https", label="released draft")
tm.flow(cms, adviser, case_record, protocol="https")
tm.flow(adviser, cms, checked_draft, protocol="https", label="edits and approves draft")

tm.flow(person, chat_app, booking_request, protocol="https", id="person->chat:booking")
tm.flow(chat_app, booking_svc, booking_request)
tm.flow(booking_svc, cms, booking, protocol="https")
tm.flow(adviser, booking_svc, booking, protocol="https", label="sets availability, confirms slot")
tm.flow(booking_svc, notifier, confirmation, protocol="https")
tm.flow(notifier, person, confirmation, protocol="sms", label="SMS and e-mail confirmation")
