"""Patient letter translation: the first design, before any security review.

A hospital trust translates outpatient clinic letters into each patient's preferred
language. When a medical secretary finalises a letter in the electronic patient
record for a patient whose recorded language is not English, the integration engine
sends the letter and demographics to a translation service in the trust's cloud
tenant. The service adds approved terms from a medical glossary and sends the letter
body to a hosted LLM in the provider's UK region. Letters that rules mark high-risk
(new diagnoses, medication changes, procedure preparation) wait in a review queue
until a bilingual staff member checks and corrects them in a review web app; other
translations go out directly. The final translation is filed back to the record and
sent to a hybrid-mail supplier that prints and posts it. Controls in this design:
smartcard sign-in and role-based access for reviewers, the letterhead and identifiers
left out of the prompt, encrypted links to the LLM and mail supplier, an assessed LLM supplier.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Patient letter translation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM translation of clinic letters, with bilingual review of high-risk letters.",
)

# ---------------------------------------------------------------- data assets
clinic_letter = tg.Data(
    "Clinic letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="English outpatient letter: diagnosis, results, medication and next steps.",
)
demographics = tg.Data(
    "Patient demographics and preferred language",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, NHS number, address and recorded preferred language.",
)
glossary_terms = tg.Data(
    "Approved medical terms",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Trust-approved translations of clinical terms per language.",
)
translation_prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, target language, glossary terms and the letter body.",
)
draft_translation = tg.Data(
    "Draft translation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Reviewer corrections and approval",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The corrected translation, approve or reject, and the reviewer's id.",
)
translated_letter = tg.Data(
    "Translated letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Final translation with the letterhead and address re-attached.",
)
audit_record = tg.Data(
    "Translation audit trail",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Source letter id, draft, final text, risk flag and reviewer.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Trust clinical network", trust=tg.Trust.INTERNAL):
    # Writes and finalises clinic letters; triggers translation by finalising.
    secretary = tm.add(tg.Actor("Medical secretary", role="clinical admin staff"))
    # Bilingual staff member (interpreter service) who checks high-risk translations.
    reviewer = tm.add(tg.Actor("Bilingual reviewer", role="interpreter"))
    # Web app where reviewers compare source and draft side by side.
    review_app = tm.add(
        tg.Service(
            "Translation review app",
            description="Internal web app listing queued high-risk letters per language.",
            controls={
                c.Authentication(method="trust Active Directory SSO with NHS smartcard"),
                c.RBAC(note="only staff on the interpreter rota for a language see its queue"),
                c.AuditLogging(note="records who approved or corrected each letter"),
            },
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record the letters come from and are filed back to.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={clinic_letter, demographics, translated_letter},
                controls={c.EncryptionAtRest(), c.RBAC()},
            )
        )
        # Existing HL7 interface engine that routes letter events to the new service.
        engine = tm.add(
            tg.Service(
                "Integration engine",
                description="Routes 'letter finalised' events for non-English patients.",
            )
        )

with tm.boundary("Trust cloud tenant", trust=tg.Trust.INTERNAL):
    # Core of the design: builds the prompt, classifies risk, routes to review or dispatch.
    translator = tm.add(
        tg.Service(
            "Letter translation service",
            description=(
                "Strips the letterhead, calls the LLM, flags high-risk letters by keyword "
                "and letter type, and re-attaches the header to the final text."
            ),
            controls={
                c.DataMinimization(note="letterhead, address and NHS number not sent to the LLM"),
                c.HumanInTheLoop(
                    approver="bilingual reviewer",
                    above="letters flagged high-risk (new diagnosis, medication change, procedure preparation)",
                ),
            },
        )
    )
    # Reference terms kept by the interpreting service for consistent wording.
    glossary = tm.add(tg.DataStore("Medical terminology glossary", stores={glossary_terms}))
    # Holds high-risk drafts until a reviewer approves or corrects them.
    queue = tm.add(
        tg.DataStore("Translation review queue", stores={clinic_letter, draft_translation})
    )
    # Evidence of what was sent to whom and who checked it.
    audit_store = tm.add(
        tg.DataStore(
            "Translation audit log",
            stores={audit_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM provider UK region", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM that produces the draft translation.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model used for translation, no fine-tuning.",
            controls={
                c.SupplierAssessment(note="DSPT-assessed, UK data residency, no training on inputs")
            },
        )
    )

with tm.boundary("Hybrid mail supplier", trust=tg.Trust.PARTNER):
    # Existing supplier that prints and posts outpatient letters.
    mail = tm.add(tg.ExternalService("Hybrid mail service"))

with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The patient who receives the translated letter at home.
    patient = tm.add(tg.Actor("Patient", role="patient"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(secretary, epr, clinic_letter, label="finalises letter")
tm.flow(epr, engine, clinic_letter, demographics, protocol="hl7-mllp", label="letter finalised")
tm.flow(engine, translator, clinic_letter, demographics, protocol="https")
tm.flow(glossary, translator, glossary_terms)
tm.flow(translator, llm, translation_prompt, protocol="https", controls={tls})
tm.flow(llm, translator, draft_translation, protocol="https", controls={tls})

# high-risk letters: bilingual review
tm.flow(translator, queue, clinic_letter, draft_translation, label="high-risk letters")
tm.flow(queue, review_app, clinic_letter, draft_translation)
tm.flow(review_app, reviewer, clinic_letter, draft_translation, protocol="https")
tm.flow(reviewer, review_app, review_decision, protocol="https")
tm.flow(review_app, translator, review_decision, protocol="https")

# filing and dispatch
tm.flow(translator, audit_store, audit_record)
tm.flow(translator, engine, translated_letter, protocol="https")
tm.flow(engine, epr, translated_letter, protocol="hl7-mllp", label="file translated copy")
tm.flow(
    translator,
    mail,
    translated_letter,
    demographics,
    protocol="sftp",
    controls={c.EncryptionInTransit(protocol="SSH (SFTP)")},
)
tm.flow(mail, patient, translated_letter, protocol="post", label="printed and posted")
