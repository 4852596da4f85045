"""Caseworker translation assistant for a refugee support charity: first design.

Clients of the charity (refugees and people seeking asylum) write to their
caseworker over WhatsApp or SMS in their own language and send photos of letters
and forms they have received. A messaging provider forwards each message to our
inbound endpoint; a translation service in the charity's cloud tenancy extracts
the text of any photographed document, translates everything into English with a
hosted LLM (using the charity's immigration glossary) and files it to the client's
record in the case management system. Caseworkers, and volunteer interpreters who
spot-check languages they speak, read the translations in a web app they sign in
to with the charity's Microsoft 365 accounts (MFA enforced). When a caseworker
wants to answer, the LLM drafts a reply in the client's language with a
back-translation; nothing is sent to a client until the caseworker has approved
it. Traffic is HTTPS throughout, the document store and the case management
system are encrypted at rest, and the LLM vendor was reviewed under a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Refugee charity caseworker translation assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Translates clients' messages and documents for caseworkers and drafts "
        "replies in the client's language that caseworkers approve before sending."
    ),
)

# ---------------------------------------------------------------- data assets
client_message = tg.Data(
    "Client message",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Free text in the client's language; often mentions health, religion or their asylum claim.",
)
document_photos = tg.Data(
    "Client document photos",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photos of Home Office letters, medical letters, tenancy and benefit forms.",
)
document_text = tg.Data(
    "Extracted document text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
glossary = tg.Data(
    "Immigration terminology glossary",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approved translations of legal and benefits terms, per language.",
)
case_summary = tg.Data(
    "Case summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Client name, language, case stage and recent notes, used as drafting context.",
)
translation_prompt = tg.Data(
    "Translation and drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, glossary entries, the text to translate and, for drafts, the case summary.",
)
llm_output = tg.Data(
    "Translations and draft replies",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
reply_brief = tg.Data(
    "Caseworker reply brief",
    sensitivity=tg.Sensitivity.PII,
    description="What the caseworker wants to tell the client, in English.",
)
approved_reply = tg.Data(
    "Approved reply",
    sensitivity=tg.Sensitivity.PII,
    description="The reply in the client's language, as approved by the caseworker.",
)
interpreter_corrections = tg.Data("Interpreter corrections", sensitivity=tg.Sensitivity.PII)
case_notes = tg.Data(
    "Case records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
id_token = tg.Data("Staff ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The charity's clients, writing from their own phones.
    client = tm.add(tg.Actor("Client", role="refugee or asylum seeker"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business and SMS numbers are run by a messaging provider.
    messaging = tm.add(
        tg.ExternalService(
            "Messaging provider",
            description="WhatsApp Business API and SMS numbers; forwards inbound messages by webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Translation and drafting are done by a general-purpose hosted model.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multilingual chat model behind the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed; vendor does not train on our data, 30-day abuse-log retention"
                )
            },
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Staff and volunteers already have Microsoft 365 accounts.
    idp = tm.add(tg.ExternalService("Microsoft Entra ID", provides="identity-provider"))

with tm.boundary("Case management SaaS", trust=tg.Trust.PARTNER):
    # The charity's existing system of record for client cases.
    crm = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_notes, case_summary},
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="caseworkers see the cases of their own team"),
                c.EncryptionAtRest(key_management="SaaS provider managed keys"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the provider's inbound message webhooks.
    inbound = tm.add(
        tg.Endpoint(
            "Inbound message webhook",
            purpose=tg.EndpointPurpose.API,
            description="Receives messages and media the provider forwards.",
        )
    )
    # Orchestrates extraction, translation, drafting and sending of approved replies.
    translator = tm.add(
        tg.Service(
            "Translation service",
            description=(
                "Builds prompts with glossary terms, calls the LLM, stores translations and "
                "drafts, files them to the case, and sends replies once approved."
            ),
            controls={
                c.HumanInTheLoop(
                    approver="the caseworker handling the case",
                    note="every reply to a client is approved in the caseworker app before sending",
                )
            },
        )
    )
    # Turns photographed documents into text the LLM can translate.
    ocr = tm.add(
        tg.Service(
            "Document text extraction",
            description="OCR of photographed letters and forms, run in our tenancy.",
        )
    )
    # Keeps the original photos so caseworkers can compare them with the translation.
    doc_store = tm.add(
        tg.DataStore(
            "Client document store",
            stores={document_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Holds each message's original, its translation and any draft reply.
    translation_store = tm.add(
        tg.DataStore(
            "Translation store",
            stores={client_message, document_text, llm_output, approved_reply},
        )
    )
    # Maintained by the interpreter coordinator; read into every prompt.
    glossary_store = tm.add(tg.DataStore("Glossary store", stores={glossary}))
    # The screen caseworkers and interpreters use to read translations and approve replies.
    app = tm.add(
        tg.Endpoint(
            "Caseworker web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(
                    note="interpreters can read and correct translations but not approve replies"
                ),
            },
        )
    )

with tm.boundary("Staff devices", trust=tg.Trust.INTERNAL):
    # Charity caseworkers, in the office or at home on charity laptops.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))
    # Volunteers who spot-check translations in the languages they speak.
    interpreter = tm.add(tg.Actor("Volunteer interpreter", role="volunteer interpreter"))

# ---------------------------------------------------------------- flows
# inbound: client to caseworker
tm.flow(
    client, messaging, client_message, document_photos, protocol="https", label="WhatsApp or SMS"
)
tm.flow(
    messaging,
    inbound,
    client_message,
    document_photos,
    protocol="https",
    label="inbound message webhook",
)
tm.flow(inbound, translator, client_message, document_photos)
tm.flow(translator, doc_store, document_photos)
tm.flow(translator, ocr, document_photos)
tm.flow(ocr, translator, document_text)
tm.flow(glossary_store, translator, glossary)
tm.flow(crm, translator, case_summary, protocol="https", label="case summary lookup")
tm.flow(translator, llm, translation_prompt, protocol="https")
tm.flow(llm, translator, llm_output, protocol="https")
tm.flow(translator, translation_store, client_message, document_text, llm_output)
tm.flow(translator, crm, llm_output, protocol="https", label="file translation to case")

# caseworkers and interpreters
tm.flow(caseworker, idp, id_token, protocol="oidc", label="sign-in")
tm.flow(interpreter, idp, id_token, protocol="oidc", label="sign-in")
tm.flow(idp, app, id_token, protocol="oidc")
tm.flow(translation_store, app, client_message, document_text, llm_output)
tm.flow(doc_store, app, document_photos)
tm.flow(app, caseworker, client_message, document_photos, llm_output, protocol="https")
tm.flow(app, interpreter, client_message, llm_output, protocol="https")
tm.flow(interpreter, app, interpreter_corrections, protocol="https")
tm.flow(app, translation_store, interpreter_corrections)
tm.flow(caseworker, app, reply_brief, approved_reply, protocol="https")
tm.flow(caseworker, crm, case_notes, protocol="https")
tm.flow(crm, caseworker, case_notes, protocol="https")

# outbound: drafting and sending the approved reply
tm.flow(app, translator, reply_brief, approved_reply)
tm.flow(translator, app, llm_output, label="draft reply with back-translation")
tm.flow(translator, translation_store, approved_reply)
tm.flow(translator, messaging, approved_reply, protocol="https")
tm.flow(messaging, client, approved_reply, protocol="https", label="WhatsApp or SMS")
