"""Blood bank wastage forecast and stock transfer agent: the first design.

The transfusion laboratory of an acute hospital loses red-cell and platelet units
that expire on the shelf. Every night an extract job copies the blood stock from the
laboratory information system (LIMS) and the next days' theatre lists from the
theatre management system onto the hospital's analytics platform, where an in-house
model scores each unit's chance of expiring unused. An LLM agent, using a hosted
model in the hospital's cloud tenant, reads the scores with the stock levels the
group's other hospitals publish and proposes inter-site transfers (sent as requests
to the other sites' blood banks) and orders from the national blood service's
online ordering portal. Orders wait in a review console until the biomedical
scientist on the bench approves them. Staff sign in with the hospital's Active
Directory; the LIMS and theatre system keep their own role-based access and audit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood bank wastage forecast and stock transfer agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Forecasts blood units likely to expire unused and proposes inter-site "
        "transfers and blood service orders, each order approved by a biomedical scientist."
    ),
)

# ---------------------------------------------------------------- data assets
stock = tg.Data(
    "Blood unit stock records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Unit numbers, ABO/RhD group, component, expiry, location and crossmatch reservations.",
)
schedule = tg.Data(
    "Theatre schedule",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Patients listed for surgery, planned procedure, date and maximum blood order.",
)
history = tg.Data(
    "Issue and wastage history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Three years of unit receipts, issues, transfers and expiries from the LIMS.",
)
weights = tg.Data(
    "Wastage model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
features = tg.Data(
    "Unit expiry features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per unit: days to expiry, group, component, and scheduled demand by group.",
)
forecast = tg.Data(
    "Unit wastage forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
site_stock = tg.Data(
    "Sister-site stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Units on hand by group, component and expiry at the group's other hospitals.",
)
llm_prompt = tg.Data(
    "Agent prompt with stock and forecast",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
llm_reply = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
order_call = tg.Data("Draft blood order", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
transfer_call = tg.Data(
    "Transfer proposal", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
proposals = tg.Data(
    "Proposed orders and transfers",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The agent's proposals with its reasoning, shown to the scientist.",
)
approval = tg.Data("Order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
portal_order = tg.Data(
    "Blood service order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
portal_login = tg.Data(
    "Blood service portal credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The hospital's ordering account on the portal, kept in the tool's configuration.",
)
confirmation = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transfer_request = tg.Data(
    "Inter-site transfer request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tool_status = tg.Data(
    "Order and transfer status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The person who approves every order and answers for blood stock on the bench.
    scientist = tm.add(tg.Actor("Biomedical scientist", role="biomedical scientist"))
    # Source of the theatre lists that drive expected demand by blood group.
    theatre = tm.add(
        tg.DataStore(
            "Theatre management system",
            stores={schedule},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

    with tm.boundary("Pathology systems", trust=tg.Trust.RESTRICTED):
        # System of record for every unit in the fridge, and the history the model learns from.
        lims = tm.add(
            tg.DataStore(
                "Blood bank LIMS",
                stores={stock, history},
                description="Laboratory information system, transfusion module.",
                controls={
                    c.RBAC(),
                    c.AuditLogging(note="unit traceability kept as regulations require"),
                },
            )
        )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Copies stock and theatre lists off the clinical systems once a night.
    extract = tm.add(
        tg.Pipeline(
            "Nightly stock and schedule extract",
            stage=tg.Stage.INGESTION,
            description="Builds the per-unit features and a stock snapshot for the agent.",
        )
    )
    # Historical receipts, issues and expiries to train on.
    train_set = tm.add(tg.Dataset("Wastage training set", stores={history}))
    # Refits the model each month on the latest history.
    training = tm.add(
        tg.Pipeline(
            "Monthly forecast training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="scikit-learn gradient boosting, saved with joblib.",
        )
    )
    # Scores each unit in stock for its chance of expiring unused.
    forecaster = tm.add(
        tg.Model(
            "Wastage forecast model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Probability that each unit expires before it is issued.",
        )
    )
    # Turns the scores into proposed transfers and orders.
    agent = tm.add(
        tg.Agent(
            "Stock transfer agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs after the nightly forecast and again at midday.",
        )
    )
    # Places orders with the national blood service once approved.
    order_tool = tm.add(
        tg.Tool(
            "Blood order tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="the biomedical scientist on the transfusion bench")
            },
        )
    )
    # Sends transfer proposals to the other hospitals' blood banks, which accept or decline.
    transfer_tool = tm.add(
        tg.Tool("Transfer request tool", capabilities={"write", "send-messages"})
    )
    # Where the scientist reviews proposals and approves or rejects each order.
    console = tm.add(
        tg.Endpoint(
            "Proposal review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hospital Active Directory single sign-on"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("LLM vendor tenant", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, in the hospital's cloud subscription.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="covered by the trust's cloud contract, no prompt retention"
                )
            },
        )
    )

with tm.boundary("Group hospitals", trust=tg.Trust.PARTNER):
    # The other hospitals' transfusion labs: they publish stock and receive transfer requests.
    sister_sites = tm.add(
        tg.ExternalService(
            "Sister-site blood banks",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Stock levels over the group pathology network; requests go to their lab mailbox.",
        )
    )

with tm.boundary("National blood service", trust=tg.Trust.PARTNER):
    # Where hospitals order red cells and platelets.
    portal = tm.add(tg.ExternalService("Blood service ordering portal"))

# ---------------------------------------------------------------- flows
tm.flow(lims, extract, stock, protocol="sftp", label="nightly export")
tm.flow(theatre, extract, schedule, protocol="sftp", label="nightly export")
tm.flow(lims, train_set, history, protocol="sftp", label="monthly export")
tm.flow(train_set, training, history)
tm.flow(training, forecaster, weights, label="deploy")

tm.flow(extract, forecaster, features)
tm.flow(forecaster, agent, forecast)
tm.flow(extract, agent, stock, label="stock snapshot")
tm.flow(sister_sites, agent, site_stock, protocol="mllp")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, console, proposals, protocol="https")
tm.flow(console, scientist, proposals, protocol="https")
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, console, order_call, label="awaiting approval")
tm.flow(scientist, console, approval, protocol="https", label="approves or rejects")
tm.flow(console, order_tool, approval)
tm.flow(order_tool, portal, portal_order, portal_login, protocol="https")
tm.flow(portal, order_tool, confirmation, protocol="https")
tm.flow(order_tool, agent, tool_status)

tm.flow(agent, transfer_tool, transfer_call)
tm.flow(transfer_tool, sister_sites, transfer_request, protocol="smtp+starttls")
tm.flow(transfer_tool, agent, tool_status)
