"""Letters page screening for a local newspaper: first design.

Readers send letters to the editor through a form on the paper's website, giving
their name, postal address, e-mail and phone number as the paper requires. The
letters intake service in our cloud account stores each letter and sends its text
and signature, with our house guidelines, to a hosted LLM that screens it for
defamation risk, abuse and personal attacks and suggests edits for length and
style. The letters editor works through the queue in a small web console, sees the
letter beside the screening notes, verifies authorship by e-mail, asks the paper's
media lawyer about risky letters, and alone decides what is published; approved
letters go to the hosted CMS for the website and the print edition. Controls: CAPTCHA,
rate limit and length checks on the form, only letter text and signature sent to the
LLM, newsroom SSO with 2-step verification on the console, encrypted database, HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Letters page screening",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Reader letters screened by a hosted LLM for defamation and abuse; the letters "
        "editor decides publication."
    ),
)

# ---------------------------------------------------------------- data assets
letter = tg.Data(
    "Reader letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Letter text as submitted, signed with the writer's name and town.",
)
contact = tg.Data(
    "Writer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Postal address, e-mail and phone number: for verification, never printed.",
)
guidelines = tg.Data(
    "Screening instructions and house guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, defamation and abuse checklist, letters style guide.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The instructions, the letter text and its signature.",
)
screening = tg.Data(
    "Screening notes and suggested edits",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Defamation and abuse flags with quoted passages, risk level, edited draft.",
)
edited = tg.Data(
    "Approved letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The editor's final text, name and town, with the publication date.",
)
decision = tg.Data(
    "Editorial decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Publish, publish edited, hold or reject, with the editor's note.",
)
verification = tg.Data(
    "Authorship check e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Acknowledgement asking the writer to confirm they wrote the letter.",
)
confirmation = tg.Data("Authorship confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
legal_query = tg.Data(
    "Legal query",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A letter with legal risk and the screening notes, for the lawyer's view.",
)
legal_advice = tg.Data("Legal advice", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
published = tg.Data("Published letters page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can write in, including people with a grudge against someone local.
    reader = tm.add(tg.Actor("Letter writer", role="reader"))
    # Everyone who reads the paper online or in print.
    audience = tm.add(tg.Actor("Newspaper audience", role="public"))

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # The hosted language model that screens letters and suggests edits.
    llm = tm.add(
        tg.LLM(
            "Letters screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted model prompted to screen letters for "
            "defamation and abuse and to suggest edits.",
            controls={c.SupplierAssessment(note="API terms checked: no training on our inputs")},
        )
    )
    # Transactional e-mail for acknowledgements and authorship checks.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))
    # The paper's hosted content management system (website and print export).
    cms = tm.add(tg.ExternalService("Hosted CMS"))
    # Outside counsel the paper retains for pre-publication legal advice.
    lawyer = tm.add(tg.Actor("Media lawyer", role="outside legal counsel"))

with tm.boundary("Newspaper cloud account", trust=tg.Trust.INTERNAL):
    # The public form on the paper's website.
    form = tm.add(
        tg.Endpoint(
            "Letters submission form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=5, note="per IP, plus a CAPTCHA"),
                c.InputValidation(note="plain text only, 400-word limit, no attachments"),
            },
        )
    )
    # Stores letters, calls the LLM, queues letters for the editor.
    intake = tm.add(
        tg.Service(
            "Letters intake service",
            controls={
                c.DataMinimization(note="address, e-mail and phone are never sent to the LLM"),
            },
        )
    )
    # Letters, contact details, screening notes and decisions.
    letters_db = tm.add(
        tg.DataStore(
            "Letters database",
            stores={letter, contact, screening, decision, edited, confirmation},
            controls={c.EncryptionAtRest(key_management="managed database default keys")},
        )
    )
    # Prompt and guidelines, edited by the letters editor.
    guide_store = tm.add(tg.DataStore("Screening guidelines", stores={guidelines}))
    # The letters editor's queue and editing screen.
    console = tm.add(
        tg.Service(
            "Letters desk console",
            controls={
                c.Authentication(method="newsroom Google Workspace SSO with 2-step verification"),
                c.HumanInTheLoop(approver="letters editor"),
            },
        )
    )

with tm.boundary("Newsroom", trust=tg.Trust.INTERNAL):
    # Decides which letters are published, and in what form.
    editor = tm.add(tg.Actor("Letters editor", role="editor"))

# ---------------------------------------------------------------- flows
# Submission and authorship check
tm.flow(reader, form, letter, contact, protocol="https")
tm.flow(form, intake, letter, contact, protocol="https")
tm.flow(intake, letters_db, letter, contact)
tm.flow(intake, mailer, verification, contact, protocol="https")
tm.flow(mailer, reader, verification, protocol="smtp")
tm.flow(reader, form, confirmation, protocol="https", label="confirm link in e-mail")
tm.flow(form, intake, confirmation, protocol="https", id="form->intake:confirmation")
tm.flow(intake, letters_db, confirmation, id="intake->letters-db:confirmation")

# Screening
tm.flow(guide_store, intake, guidelines)
tm.flow(intake, llm, screening_prompt, protocol="https")
tm.flow(llm, intake, screening, protocol="https")
tm.flow(intake, letters_db, screening, id="intake->letters-db:screening")

# Editorial decision
tm.flow(letters_db, console, letter, contact, screening, confirmation)
tm.flow(console, editor, letter, contact, screening, confirmation, protocol="https")
tm.flow(editor, console, decision, edited, protocol="https")
tm.flow(console, letters_db, decision, edited)
tm.flow(editor, console, guidelines, protocol="https", label="edits house guidelines")
tm.flow(console, guide_store, guidelines)
tm.flow(editor, lawyer, legal_query, protocol="smtps", label="forwards risky letters")
tm.flow(lawyer, editor, legal_advice, protocol="smtps")

# Publication
tm.flow(console, cms, edited, protocol="https", label="approved letters only")
tm.flow(cms, audience, published, protocol="https", label="website and print edition")
