-- An urgent story (ninjs urgency 1-2: flash, bulletin) or a kill goes ahead of other deliveries,
-- within a subscription and across them (partner.websub.Deliveries.claimHeads).
alter table websub_delivery add column urgent boolean default false not null;
