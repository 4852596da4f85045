"""ISP outage customer notification agent: the first design, before any security review.

A regional internet service provider in an EU member state wants customers told
quickly when a router or street cabinet fails. The network monitoring system
publishes alarm events to an LLM agent, which uses a lookup tool to read the
alarms, open support tickets and the customer service inventory, works out which
customers are behind the failed equipment, drafts SMS and e-mail notices and, for
long outages, a service credit offer. Notices reach customers through an SMS
gateway provider and an e-mail delivery service; customers can reply, and the
replies come back to the agent through an inbound webhook. Notices to more than
500 customers wait for a NOC shift lead to approve them in the NOC console
(corporate SSO with MFA); smaller ones go out directly. Accepted credits are
posted to the billing system by a credit tool capped per account and outage.
The agent calls a hosted LLM over HTTPS and its steps are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "ISP outage customer notification agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that turns network alarms and tickets into outage notices and "
        "service credit offers for affected customers."
    ),
)

# ---------------------------------------------------------------- data assets
alarms = tg.Data(
    "Network alarm events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tickets = tg.Data(
    "Support tickets",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Customer-written fault reports with names, addresses and phone numbers.",
)
customer_records = tg.Data(
    "Customer service records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Which customer is on which router port, with contact details and plan.",
)
lookup_call = tg.Data("Outage lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Affected customers and tickets", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
notice_call = tg.Data("Send notice call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
sms_notice = tg.Data("SMS outage notice", kind="documents", sensitivity=tg.Sensitivity.PII)
email_notice = tg.Data("E-mail outage notice", kind="documents", sensitivity=tg.Sensitivity.PII)
delivery_status = tg.Data(
    "Delivery status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
draft = tg.Data(
    "Draft notice and affected customer count", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Notice approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reply = tg.Data("Customer reply message", kind="documents", sensitivity=tg.Sensitivity.PII)
credit_call = tg.Data("Service credit call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
credit = tg.Data(
    "Service credit entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
credit_result = tg.Data(
    "Credit posting result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residential and small-business subscribers who get notices and may reply.
    customer = tm.add(tg.Actor("Subscriber", role="customer"))

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # Bulk SMS provider; also relays inbound replies by webhook.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway provider"))
    # Transactional e-mail service; forwards replies by inbound-parse webhook.
    email_service = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("ISP operations network", trust=tg.Trust.INTERNAL):
    # The NMS that raises alarms when routers, OLTs or cabinets fail.
    nms = tm.add(tg.Service("Network monitoring system"))
    # Where support tickets customers open by phone and web are kept.
    ticket_system = tm.add(tg.DataStore("Support ticket system", stores={tickets}))
    # Customer-to-equipment mapping and contact details.
    inventory = tm.add(
        tg.DataStore(
            "Customer service inventory",
            stores={customer_records},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Works out who is affected, drafts notices and offers credits.
    agent = tm.add(
        tg.Agent(
            "Outage notification agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="NOC shift lead",
                    above="500 affected customers per notice",
                ),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads alarms, tickets and the inventory for the agent.
    lookup_tool = tm.add(tg.Tool("Outage lookup tool", capabilities={"read"}))
    # Sends notices through the SMS and e-mail providers.
    notify_tool = tm.add(
        tg.Tool(
            "Customer notification tool",
            capabilities={"send-messages"},
            controls={c.RateLimiting(requests_per_minute=600)},
        )
    )
    # Posts accepted service credits to customer accounts.
    credit_tool = tm.add(
        tg.Tool(
            "Service credit tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="one credit of up to EUR 20 per account per outage")
            },
        )
    )
    # Billing system of record, where credits reduce the next bill.
    billing = tm.add(
        tg.DataStore(
            "Billing system",
            stores={credit},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Receives customers' replies relayed by the messaging providers.
    reply_hook = tm.add(
        tg.Endpoint(
            "Inbound reply webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation()},
        )
    )

with tm.boundary("NOC", trust=tg.Trust.INTERNAL):
    # Network operations engineers on shift, who approve large notices.
    noc_lead = tm.add(tg.Actor("NOC shift lead", role="network operations"))
    # Console where large notices wait for approval.
    console = tm.add(
        tg.Service(
            "NOC approval console",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# detection and impact lookup
tm.flow(nms, agent, alarms, protocol="kafka", label="alarm events")
tm.flow(agent, lookup_tool, lookup_call, protocol="local")
tm.flow(nms, lookup_tool, alarms, protocol="https")
tm.flow(ticket_system, lookup_tool, tickets, protocol="https")
tm.flow(lookup_tool, inventory, lookup_call, label="affected ports query")
tm.flow(inventory, lookup_tool, customer_records)
tm.flow(lookup_tool, agent, lookup_result, protocol="local")

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# approval of large notices
tm.flow(agent, console, draft, protocol="https")
tm.flow(console, noc_lead, draft, protocol="https")
tm.flow(noc_lead, console, approval, protocol="https")
tm.flow(console, agent, approval, protocol="https")

# sending notices
tm.flow(agent, notify_tool, notice_call, protocol="local")
tm.flow(notify_tool, sms_gateway, sms_notice, protocol="https")
tm.flow(notify_tool, email_service, email_notice, protocol="https")
tm.flow(sms_gateway, notify_tool, delivery_status, protocol="https")
tm.flow(notify_tool, agent, delivery_status, protocol="local")
tm.flow(sms_gateway, customer, sms_notice, protocol="sms")
tm.flow(email_service, customer, email_notice, protocol="smtp")

# customer replies
tm.flow(customer, sms_gateway, reply, protocol="sms")
tm.flow(customer, email_service, reply, protocol="smtp")
tm.flow(sms_gateway, reply_hook, reply, protocol="https", label="inbound SMS webhook")
tm.flow(email_service, reply_hook, reply, protocol="https", label="inbound e-mail webhook")
tm.flow(reply_hook, agent, reply)

# service credits
tm.flow(agent, credit_tool, credit_call, protocol="local")
tm.flow(credit_tool, billing, credit)
tm.flow(credit_tool, agent, credit_result, protocol="local")
