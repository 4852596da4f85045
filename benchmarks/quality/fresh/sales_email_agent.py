"""Sales follow-up email agent: the first design, before any security review.

Account executives open a sales web app (behind the company's OIDC single sign-on)
and ask the agent for a follow-up email to a prospect. The agent runs as a
service in the company's cloud VPC. It reads the prospect's account and contact
records from the SaaS CRM, pulls the past email threads with that prospect from
the company's email API, and fetches public web pages about the prospect (company
site, news, press releases) for context. It sends all of this in a prompt to a
hosted LLM and saves the resulting draft. The salesperson reviews and edits the
draft in the web app; only after they click approve does the agent send it
through the email API. Prospects include EU companies, so CRM contacts and
threads are personal data under GDPR. Traffic to the vendors is HTTPS; the email
API key lives in the company vault; drafts are stored encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sales follow-up email agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts prospect follow-up emails from CRM, past threads and web research; "
    "sends them after a salesperson approves.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Follow-up request",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which prospect, which deal, and the salesperson's notes on tone and goal.",
)
crm_records = tg.Data(
    "CRM account and contact records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Contact names, titles, emails, phone numbers, deal stage and value, call notes.",
)
crm_query = tg.Data("CRM lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
threads = tg.Data(
    "Past email threads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Earlier messages exchanged with the prospect, including their replies.",
)
thread_query = tg.Data("Thread lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
research_url = tg.Data(
    "Research URL",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A URL chosen by the agent: the prospect's site or a search result.",
)
web_content = tg.Data(
    "Prospect web page content", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, CRM facts, thread excerpts and web research for one prospect.",
)
completion = tg.Data("Draft completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Email draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Subject, body and recipients proposed by the agent, as edited by the salesperson.",
)
approval = tg.Data(
    "Send approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
outbound = tg.Data("Outbound email", kind="documents", sensitivity=tg.Sensitivity.PII)
send_result = tg.Data("Send receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
reply = tg.Data("Prospect reply", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person the email goes to; their replies come back into the thread history.
    prospect = tm.add(tg.Actor("Prospect", role="external contact"))
    # Whatever pages the agent decides to fetch about a prospect: anyone can publish them.
    web = tm.add(
        tg.DataSource(
            "Public web pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={web_content},
            description="Prospect company sites, news articles, press releases, fetched on demand.",
        )
    )

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The SaaS CRM is the system of record for accounts, contacts and deals.
    crm = tm.add(
        tg.DataStore(
            "CRM",
            stores={crm_records},
            description="SaaS CRM, read through its REST API with an integration user.",
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # The company's email platform: holds the mailboxes and delivers outbound mail.
    email_api = tm.add(
        tg.ExternalService(
            "Email API",
            provides=tg.ExternalCategory.GENERIC,
            description="Company email platform API: read mailbox threads, send as the salesperson.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the drafts; a general-purpose model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Asks for drafts, edits them and approves sending.
    salesperson = tm.add(tg.Actor("Salesperson", role="account executive"))

with tm.boundary("Sales cloud VPC", trust=tg.Trust.INTERNAL):
    # Where salespeople request, review, edit and approve drafts.
    web_app = tm.add(
        tg.Endpoint(
            "Sales web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC SSO")},
        )
    )
    # Plans the research, assembles the prompt and sends approved emails.
    agent = tm.add(
        tg.Agent(
            "Follow-up agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Gathers context with its tools, drafts with the LLM, sends on approval.",
            controls={c.HumanInTheLoop(approver="the salesperson who requested the draft")},
        )
    )
    # In-process tool: reads accounts, contacts and deals for one prospect.
    crm_tool = tm.add(tg.Tool("CRM lookup tool", capabilities={"read"}))
    # In-process tool: fetches a URL and returns the page text.
    research_tool = tm.add(tg.Tool("Web research tool", capabilities={"read", "network-egress"}))
    # In-process tool: reads threads from, and sends mail through, the email API.
    email_tool = tm.add(
        tg.Tool(
            "Email tool",
            capabilities={"read", "send-messages"},
            controls={c.SecretsManagement(note="email API key in the company vault")},
        )
    )
    # Keeps drafts between generation and approval, and what was finally sent.
    drafts = tm.add(
        tg.DataStore(
            "Draft store",
            stores={draft, approval},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
# Requesting, reviewing and approving
tm.flow(salesperson, web_app, request, approval, draft, protocol="https")
tm.flow(web_app, salesperson, draft, protocol="https")
tm.flow(web_app, agent, request, label="draft request")
tm.flow(web_app, drafts, draft, approval, label="edits and approval")
tm.flow(drafts, web_app, draft, label="drafts for review")
tm.flow(web_app, agent, approval, label="send approved draft", id="web-app->agent:approval")

# Gathering context
tm.flow(agent, crm_tool, crm_query, protocol="local")
tm.flow(crm_tool, crm, crm_query, protocol="https")
tm.flow(crm, crm_tool, crm_records, protocol="https")
tm.flow(crm_tool, agent, crm_records, protocol="local")

tm.flow(agent, email_tool, thread_query, protocol="local", label="read threads")
tm.flow(email_tool, email_api, thread_query, protocol="https", label="read threads")
tm.flow(email_api, email_tool, threads, protocol="https")
tm.flow(email_tool, agent, threads, protocol="local")

tm.flow(agent, research_tool, research_url, protocol="local")
tm.flow(research_tool, web, research_url, protocol="https")
tm.flow(web, research_tool, web_content, protocol="https")
tm.flow(research_tool, agent, web_content, protocol="local")

# Drafting
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, drafts, draft)
tm.flow(drafts, agent, draft, approval, label="approved draft")

# Sending
tm.flow(agent, email_tool, outbound, protocol="local", label="send")
tm.flow(email_tool, email_api, outbound, protocol="https", label="send")
tm.flow(email_api, email_tool, send_result, protocol="https", label="send receipt")
tm.flow(email_tool, agent, send_result, protocol="local", label="send receipt")
tm.flow(email_api, prospect, outbound, protocol="smtp+starttls")
tm.flow(prospect, email_api, reply, protocol="smtp+starttls")
