-- Where an imported note came from: the path in the folder it was imported from.
ALTER TABLE note ADD COLUMN source CHARACTER VARYING(2000) DEFAULT '' NOT NULL;
