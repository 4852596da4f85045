"""Tax preparation assistant: the first design, before any security review.

Individual US taxpayers sign in to our tax web app (password plus an SMS or app code)
and upload their W-2s, 1099s and receipts. An extraction service sends each document
to a hosted LLM, which returns the form fields it finds; they are saved to the
taxpayer's draft return. A chat assistant (an LLM agent) then walks the taxpayer
through the return: it answers questions from a knowledge base of IRS publications
and form instructions, and fills in or corrects draft fields through a return-data
tool scoped to the signed-in taxpayer's own return. Our deterministic tax engine
computes the totals. The assistant never files: the taxpayer reviews the whole return,
adds refund bank details, signs with their self-select PIN and submits it through our
e-file gateway to the IRS Modernized e-File system. Documents and returns are
encrypted at rest; the LLM vendor was vetted and keeps no prompts. The company runs
the platform under a SOC 2 programme.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tax preparation assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="LLM assistant that helps individuals prepare their own annual US tax return.",
)

# ---------------------------------------------------------------- data assets
tax_documents = tg.Data(
    "Uploaded tax documents",
    sensitivity="regulated",
    kind="documents",
    description="W-2, 1099 and receipt PDFs and photos: SSNs, employer and income figures.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    sensitivity="regulated",
    kind="prompt",
    description="Extraction instructions with the document's pages.",
)
extracted_fields = tg.Data(
    "Extracted form fields",
    sensitivity="regulated",
    kind="model-output",
    description="Box values the LLM read from a document.",
)
chat_message = tg.Data("Taxpayer chat message", sensitivity="regulated", kind="prompt")
assistant_reply = tg.Data("Assistant reply", sensitivity="regulated", kind="model-output")
agent_prompt = tg.Data(
    "Assistant prompt",
    sensitivity="regulated",
    kind="prompt",
    description="System prompt, conversation, guidance passages and the return summary.",
)
agent_completion = tg.Data("Assistant completion", sensitivity="regulated", kind="model-output")
irs_publications = tg.Data(
    "IRS publications and form instructions", sensitivity="public", kind="documents"
)
guidance = tg.Data("Tax guidance passages", sensitivity="public", kind="retrieved-context")
field_update = tg.Data(
    "Return field update",
    sensitivity="regulated",
    kind="tool-call",
    description="Form, line and value the assistant wants to set.",
)
return_summary = tg.Data("Return summary", sensitivity="regulated", kind="tool-result")
draft_return = tg.Data(
    "Draft tax return",
    sensitivity="regulated",
    kind="records",
    description="Filing status, dependants, SSNs, income, deductions and computed totals.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
review_edits = tg.Data("Taxpayer review edits", sensitivity="regulated", kind="records")
bank_details = tg.Data(
    "Refund bank details",
    sensitivity="regulated",
    kind="records",
    description="Routing and account number for the refund direct deposit.",
)
signature = tg.Data(
    "E-file signature PIN and prior-year AGI", sensitivity="secret", kind="credentials"
)
submission = tg.Data("E-file return submission", sensitivity="regulated", kind="records")
acknowledgement = tg.Data("IRS acknowledgement", sensitivity="pii", kind="records")
chat_history = tg.Data("Chat history", sensitivity="regulated", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # The individual preparing and filing their own return.
    taxpayer = tm.add(tg.Actor("Taxpayer", role="customer"))
    # Public source of the guidance the assistant answers from.
    irs_site = tm.add(
        tg.DataSource(
            "IRS website",
            origin="public-web",
            provides={irs_publications},
            description="irs.gov publications and form instructions, fetched each filing season.",
        )
    )

with tm.boundary("LLM vendor", trust="partner"):
    # Hosted model used both for document extraction and for the chat assistant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            description="Multimodal model behind the vendor's enterprise API, zero data retention.",
            controls={c.SupplierAssessment(note="contract: no training on our data, no retention")},
        )
    )

with tm.boundary("IRS", trust="partner"):
    # Where returns are filed; the gateway is an authorised e-file transmitter.
    mef = tm.add(tg.ExternalService("IRS Modernized e-File", provides="generic"))

with tm.boundary("Tax platform cloud", trust="internal"):
    # The web app and API the taxpayer signs in to, uploads to, chats with and files from.
    web_app = tm.add(
        tg.Endpoint(
            "Tax web app",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password with SMS or app code at every sign-in"
                ),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Turns uploaded documents into draft-return fields with the LLM.
    extraction = tm.add(
        tg.Service(
            "Document extraction service",
            description="Sends each uploaded document to the LLM and saves the fields it returns.",
        )
    )
    # The chat assistant: an LLM agent that explains and fills in the draft return.
    assistant = tm.add(
        tg.Agent(
            "Tax assistant",
            autonomy="supervised",
            description="Answers questions and sets draft fields; cannot sign or file.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # The only way the assistant reads or changes the return.
    return_tool = tm.add(
        tg.Tool(
            "Return data tool",
            capabilities={"read", "write"},
            description="Reads and writes only the signed-in taxpayer's own draft return.",
        )
    )
    # Deterministic tax computation: the LLM never computes totals.
    tax_engine = tm.add(
        tg.Service(
            "Tax calculation engine",
            description="In-house rules engine for the current tax year's forms and schedules.",
        )
    )
    # IRS guidance the assistant retrieves to answer questions.
    guidance_kb = tm.add(tg.VectorStore("Tax guidance index", stores={guidance}))
    # Refreshes the guidance index when the IRS publishes new instructions.
    guidance_job = tm.add(tg.Pipeline("Guidance indexing job", stage="ingestion"))
    # Builds the MeF XML and transmits it once the taxpayer has signed.
    efile = tm.add(
        tg.Service(
            "E-file gateway",
            description="Authorised e-file transmitter; submits only returns the taxpayer signed.",
            controls={
                c.HumanInTheLoop(
                    approver="the taxpayer, who reviews the full return and signs with their self-select PIN"
                )
            },
        )
    )

    with tm.boundary("Taxpayer data vault", trust="restricted"):
        # Original uploaded documents, kept for the taxpayer and for support.
        document_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={tax_documents},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Draft and filed returns, the system's main record.
        return_store = tm.add(
            tg.DataStore(
                "Return database",
                stores={draft_return, bank_details, acknowledgement},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Assistant conversations, shown again when the taxpayer comes back.
        chat_store = tm.add(tg.DataStore("Chat history store", stores={chat_history}))

# ---------------------------------------------------------------- flows
# Upload and extraction
tm.flow(taxpayer, web_app, tax_documents, protocol="https", label="upload")
tm.flow(web_app, document_store, tax_documents)
tm.flow(document_store, extraction, tax_documents)
tm.flow(extraction, llm, extraction_prompt, protocol="https")
tm.flow(llm, extraction, extracted_fields, protocol="https")
tm.flow(extraction, return_store, extracted_fields)

# Chat assistant
tm.flow(taxpayer, web_app, chat_message, protocol="https")
tm.flow(web_app, assistant, chat_message)
tm.flow(assistant, web_app, assistant_reply)
tm.flow(web_app, taxpayer, assistant_reply, protocol="https")
tm.flow(assistant, llm, agent_prompt, protocol="https")
tm.flow(llm, assistant, agent_completion, protocol="https")
tm.flow(assistant, guidance_kb, chat_message, label="guidance query")
tm.flow(guidance_kb, assistant, guidance)
tm.flow(assistant, chat_store, chat_history)
tm.flow(chat_store, assistant, chat_history, label="earlier conversation")

# Return data and computation
tm.flow(assistant, return_tool, field_update)
tm.flow(return_tool, return_store, field_update)
tm.flow(return_store, return_tool, draft_return)
tm.flow(return_tool, tax_engine, draft_return)
tm.flow(tax_engine, return_tool, return_summary)
tm.flow(return_tool, assistant, return_summary)

# Review, signing and filing by the taxpayer
tm.flow(return_store, tax_engine, draft_return, label="review")
tm.flow(tax_engine, web_app, draft_return)
tm.flow(web_app, taxpayer, draft_return, protocol="https")
tm.flow(taxpayer, web_app, review_edits, bank_details, signature, protocol="https")
tm.flow(web_app, return_store, review_edits, bank_details)
tm.flow(web_app, efile, signature, label="file return")
tm.flow(return_store, efile, draft_return, bank_details)
tm.flow(efile, mef, submission, protocol="mtls")
tm.flow(mef, efile, acknowledgement, protocol="mtls")
tm.flow(efile, return_store, acknowledgement)
tm.flow(return_store, web_app, acknowledgement)

# Guidance upkeep
tm.flow(irs_site, guidance_job, irs_publications, protocol="https", label="seasonal fetch")
tm.flow(guidance_job, guidance_kb, guidance)
