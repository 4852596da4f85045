"""Timber merchant quote drafting agent: the first design, before any security review.

Customers (builders, joiners and the public) send enquiries to the sales mailbox or
through the website's enquiry form, often with attached plans, drawings or cutting
lists. An intake service collects them and extracts the text of the attachments; a
drafting agent, using a hosted LLM, works out the timber and sheet materials needed,
looks up stock and prices in the merchant's ERP system and writes a draft quote
into it. Sales staff check, correct and send every quote from a review screen; the
agent sends nothing itself. Trade customers with an account sign in to the trade
portal to see their quotes and accept one, which places an order in the ERP.
The intake and agent run in the merchant's cloud tenancy; the ERP is on the head
office network, reached over a site VPN. Controls in this design: upload limits on
the form, read-only ERP access for lookups, staff sign-in with single sign-on, and
password sign-in on the trade portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Timber merchant quote drafting agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts timber and sheet material quotes from customer enquiries for sales staff to send.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Customer enquiry",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail or form text with the customer's name, address, phone and job details.",
)
attachments = tg.Data(
    "Plans and cutting lists",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Attached PDFs, drawings, photos and spreadsheets.",
)
extracted = tg.Data(
    "Extracted enquiry text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The enquiry and the text and dimensions read from its attachments.",
)
prompt = tg.Data("Drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup = tg.Data("Stock and price lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock_prices = tg.Data(
    "Stock levels and prices",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stock by branch, list prices and the customer's trade price band.",
)
draft_quote = tg.Data(
    "Draft quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sent_quote = tg.Data("Quote sent to customer", kind="records", sensitivity=tg.Sensitivity.PII)
staff_edits = tg.Data("Checked and edited quote", kind="records", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data("Quote acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
order = tg.Data(
    "Customer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
accounts = tg.Data(
    "Trade customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account details, credit limits and agreed price bands.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can send an enquiry: trade and retail customers alike.
    customer = tm.add(tg.Actor("Customer", role="enquirer"))
    # Builders and joiners with a trade account, who accept quotes to order.
    trade_customer = tm.add(tg.Actor("Trade account customer", role="trade customer"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared sales inbox where most enquiries arrive and quotes are sent from.
    mailbox = tm.add(
        tg.ExternalService(
            "Sales mailbox",
            description="Hosted Exchange Online shared mailbox.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads the enquiry and proposes the material list.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="business terms: no training on our data")},
        )
    )

with tm.boundary("Merchant cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public enquiry form on the merchant's website, with file upload.
    web_form = tm.add(
        tg.Endpoint(
            "Web enquiry form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="file types PDF, JPG, PNG, XLSX, CSV; 20 MB limit")},
        )
    )
    # Collects enquiries from the form and the mailbox and reads the attachments.
    intake = tm.add(
        tg.Service(
            "Enquiry intake service",
            description="Polls the sales mailbox, receives form posts, extracts text from PDFs, "
            "images (OCR) and spreadsheets.",
        )
    )
    # Works out the materials, checks stock and prices and writes the draft quote.
    agent = tm.add(
        tg.Agent(
            "Quote drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="a member of sales staff checks and sends each quote"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Lets the agent look up stock levels and prices in the ERP.
    stock_tool = tm.add(
        tg.Tool(
            "Stock and price lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only ERP API user")},
        )
    )
    # Lets the agent create a draft quote in the ERP for staff to check.
    quote_tool = tm.add(tg.Tool("Draft quote writer", capabilities={"write"}))
    # Trade customers sign in here to see their quotes and accept them.
    portal = tm.add(
        tg.Endpoint(
            "Trade portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # The merchant's ERP: stock, prices, customer accounts, quotes and orders.
    erp = tm.add(
        tg.DataStore(
            "ERP system",
            stores={stock_prices, accounts, draft_quote, order},
            controls={c.RBAC()},
        )
    )
    # Where sales staff check, correct and send the agent's drafts.
    review = tm.add(
        tg.Service(
            "Quote review screen",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Branch and office sales staff who own each quote that goes out.
    sales = tm.add(tg.Actor("Sales staff", role="sales"))

# ---------------------------------------------------------------- flows
# Enquiries in
tm.flow(customer, web_form, enquiry, attachments, protocol="https")
tm.flow(customer, mailbox, enquiry, attachments, protocol="smtp")
tm.flow(web_form, intake, enquiry, attachments, protocol="https")
tm.flow(mailbox, intake, enquiry, attachments, protocol="https", label="Graph API mailbox poll")
tm.flow(intake, agent, extracted)

# Drafting
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, stock_tool, lookup)
tm.flow(stock_tool, erp, lookup, protocol="https", label="over site VPN")
tm.flow(erp, stock_tool, stock_prices, protocol="https", label="over site VPN")
tm.flow(stock_tool, agent, stock_prices)
tm.flow(agent, quote_tool, draft_quote)
tm.flow(quote_tool, erp, draft_quote, protocol="https", label="over site VPN")

# Staff check and send
tm.flow(erp, review, draft_quote)
tm.flow(review, sales, draft_quote, protocol="https")
tm.flow(sales, review, staff_edits, protocol="https")
tm.flow(review, erp, staff_edits)
tm.flow(review, mailbox, sent_quote, protocol="https")
tm.flow(mailbox, customer, sent_quote, protocol="smtp")

# Trade customers accept
tm.flow(erp, portal, sent_quote, accounts, protocol="https", label="over site VPN")
tm.flow(portal, trade_customer, sent_quote, protocol="https")
tm.flow(trade_customer, portal, acceptance, protocol="https")
tm.flow(portal, erp, order, protocol="https", label="over site VPN")
