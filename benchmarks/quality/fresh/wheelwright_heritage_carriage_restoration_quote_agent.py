"""Wheelwright carriage restoration quote agent: the first design, before any security review.

Museums and private owners e-mail the firm's Microsoft 365 mailbox about heritage
carriages, wagons and wheels, usually with photos. An LLM agent on a small cloud
VM reads each new enquiry through a mailbox tool, sends the text and photos to a
hosted multimodal LLM, and looks up similar past jobs in an index built nightly
from the firm's job archive (past quotes, hours, timber and ironwork used). It
writes a draft quote into a SharePoint quotes folder; the master wheelwright
reads, corrects and sends every quote himself. When the enquirer asks for a
visit, the agent books it straight into the shared calendar and e-mails a
confirmation. Controls in this design: the owner's approval of quotes, a step
limit on the agent, HTTPS to Microsoft and the model vendor, MFA on the owner's
Microsoft 365 account, and nightly backups of the job archive.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wheelwright restoration quote agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Agent that drafts heritage carriage restoration quotes from enquiry "
    "e-mails and past jobs, and books site visits.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Enquiry e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, the carriage's history and what the owner wants done.",
)
photos = tg.Data(
    "Carriage photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Attachments showing the vehicle, often where it is kept.",
)
mail_call = tg.Data("Mailbox tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
mail_result = tg.Data("Mailbox tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the enquiry, its photos and the retrieved past jobs.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
job_query = tg.Data("Past job query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
past_jobs_context = tg.Data(
    "Similar past jobs",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Chunks of past quotes and job sheets, with the clients named in them.",
)
job_records = tg.Data(
    "Past job records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Twenty years of quotes, invoices, hours, materials and client contacts.",
)
job_text = tg.Data("Job text for embedding", kind="documents", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Job embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL)
quote_call = tg.Data("Draft quote tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft_quote = tg.Data(
    "Draft quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Scope of work, hours, materials and price, addressed to the enquirer.",
)
sent_quote = tg.Data("Quote e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Site visit booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Free slots and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
calendar_event = tg.Data(
    "Site visit booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Date, the enquirer's name, address and phone, the carriage to be seen.",
)
free_busy = tg.Data("Calendar free and busy times", kind="records")
confirmation = tg.Data("Site visit confirmation", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Museum curators and private collectors who write in; anyone can send mail.
    enquirer = tm.add(tg.Actor("Carriage owner or curator", role="enquirer"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The firm's shared enquiries mailbox; where quotes and confirmations go out from.
    mailbox = tm.add(tg.ExternalService("Enquiries mailbox", description="Exchange Online."))
    # The workshop diary the site visits are booked into.
    calendar = tm.add(
        tg.ExternalService("Workshop calendar", description="Outlook shared calendar.")
    )
    # Drafts wait here for the master wheelwright.
    quotes_folder = tm.add(
        tg.DataStore(
            "Quotes folder",
            stores={draft_quote},
            description="SharePoint document library.",
            controls={
                c.Authentication(method="Microsoft 365 account with MFA"),
                c.EncryptionAtRest(key_management="Microsoft-managed keys"),
            },
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Reads the enquiry and photos and writes the agent's plans and drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose vision-and-text model behind the vendor's API.",
        )
    )
    # Turns past job text into vectors for the index.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Agent VM", trust=tg.Trust.INTERNAL):
    # Works through new enquiries: reads, looks up past jobs, drafts, books visits.
    agent = tm.add(
        tg.Agent(
            "Quote agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Polls the mailbox every five minutes; one run per new enquiry.",
            controls={
                c.HumanInTheLoop(
                    approver="the master wheelwright",
                    note="every quote is reviewed and sent by him; site visit bookings "
                    "and their confirmations go ahead directly",
                ),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Reads enquiries and attachments, and sends visit confirmations.
    mail_tool = tm.add(
        tg.Tool(
            "Mailbox tool",
            capabilities={"read", "send-messages"},
            description="Microsoft Graph with the VM's app registration.",
        )
    )
    # Saves a draft quote document for the master wheelwright.
    quote_tool = tm.add(tg.Tool("Draft quote tool", capabilities={"write"}))
    # Finds free slots and books site visits.
    calendar_tool = tm.add(tg.Tool("Site visit booking tool", capabilities={"read", "write"}))
    # Past jobs the agent prices from.
    job_index = tm.add(tg.VectorStore("Past jobs index", stores={embeddings, past_jobs_context}))
    # Keeps the index in step with the job archive.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly job indexing",
            stage=tg.Stage.INGESTION,
            description="Chunks new and changed job sheets and quotes and embeds them.",
        )
    )

with tm.boundary("Workshop office", trust=tg.Trust.INTERNAL):
    # Prices and sends every quote, and does the site visits.
    master = tm.add(tg.Actor("Master wheelwright", role="owner", privileged=True))
    # The firm's job book, source of the past jobs the agent prices from.
    archive = tm.add(
        tg.DataStore(
            "Job archive",
            stores={job_records},
            description="Job sheets and quotes on the office NAS.",
            controls={c.DataVersioning(note="nightly backup to an external drive")},
        )
    )

# ---------------------------------------------------------------- flows
# enquiries in
tm.flow(enquirer, mailbox, enquiry, photos, protocol="smtp")
tm.flow(agent, mail_tool, mail_call)
tm.flow(mail_tool, mailbox, mail_call, protocol="https")
tm.flow(mailbox, mail_tool, enquiry, photos, protocol="https")
tm.flow(mail_tool, agent, mail_result, enquiry, photos)

# reasoning and retrieval
tm.flow(agent, llm, prompt, photos, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, job_index, job_query, label="similarity search")
tm.flow(job_index, agent, past_jobs_context)

# indexing the job archive
tm.flow(archive, indexer, job_records, protocol="sftp", label="nightly sync")
tm.flow(indexer, embedder, job_text, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, job_index, embeddings, past_jobs_context)

# draft quotes, reviewed and sent by the master wheelwright
tm.flow(agent, quote_tool, quote_call)
tm.flow(quote_tool, quotes_folder, draft_quote, protocol="https")
tm.flow(quotes_folder, master, draft_quote, protocol="https")
tm.flow(master, mailbox, sent_quote, protocol="https")
tm.flow(mailbox, enquirer, sent_quote, protocol="smtp")
tm.flow(master, archive, job_records, label="files the quote and job sheet")

# site visits
tm.flow(agent, calendar_tool, booking_call)
tm.flow(calendar_tool, calendar, calendar_event, protocol="https")
tm.flow(calendar, calendar_tool, free_busy, protocol="https")
tm.flow(calendar_tool, agent, booking_result)
tm.flow(calendar, master, calendar_event, protocol="https")
tm.flow(mail_tool, mailbox, confirmation, protocol="https", id="mail-tool->mailbox-confirmation")
tm.flow(mailbox, enquirer, confirmation, protocol="smtp", id="mailbox->enquirer-confirmation")
tm.flow(agent, mail_tool, confirmation, id="agent->mail-tool-confirmation")
